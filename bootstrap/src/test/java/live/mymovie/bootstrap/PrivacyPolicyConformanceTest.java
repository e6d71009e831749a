package live.mymovie.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import live.mymovie.application.port.out.RequestLogRepository.RequestLogEntry;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.bootstrap.support.ApiClient;
import live.mymovie.bootstrap.support.MutableClock;
import live.mymovie.bootstrap.support.TestImages;
import live.mymovie.bootstrap.support.TestService;
import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/**
 * The privacy policy, clause by clause: each test is named after the promise it proves and
 * fails if the product breaks it. Jobs are not worked off here (no workers), so that a
 * queued job can be cancelled and refunded on purpose.
 */
@DisplayName("Privacy policy")
class PrivacyPolicyConformanceTest {

    private static final String PASSWORD = "a long passphrase of my own";
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(START);
    private static TestService service;
    private static int people;

    @BeforeAll
    static void startService() {
        service = TestService.start(Map.of("MYMOVIE_WORKERS", "0",
                "MYMOVIE_ADMIN_EMAILS", "operator@mymovie.test"), CLOCK);
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    private static synchronized String newEmail() {
        return "person" + (++people) + "@example.com";
    }

    private static ApiClient signedUp(String email) {
        ApiClient client = service.newClient();
        client.signUp(email, PASSWORD);
        return client;
    }

    private static String newCreation(ApiClient client) {
        String id = client.post("/api/v1/creations",
                "{\"title\":\"Harbour\",\"prompt\":\"A girl sails home at dawn.\"}")
                .expect(201).json().path("id").asText();
        client.upload("/api/v1/creations/" + id + "/references", "CAST", "Ana", "ana.jpg",
                "image/jpeg", TestImages.jpeg(320, 240, Color.BLUE)).expect(201);
        return id;
    }

    private static AccountId idOf(ApiClient client) {
        return new AccountId(client.get("/api/v1/me").expect(200).json().path("id").asText());
    }

    @Nested
    @DisplayName("1. What we collect")
    class WhatWeCollect {

        @Test
        @DisplayName("Account data: the password is stored as a one-way bcrypt hash only")
        void the_password_is_stored_only_as_a_bcrypt_hash() {
            String email = newEmail();
            signedUp(email);

            String stored = service.running().storage().accounts()
                    .findByEmail(Email.of(email)).orElseThrow().passwordHash().value();
            assertTrue(stored.matches("\\$2[aby]\\$\\d\\d\\$.{53}"), "a bcrypt hash");
            assertFalse(stored.contains(PASSWORD));
        }

        @Test
        @DisplayName("Optional profile data: a display name only if the person gives one")
        void the_display_name_is_optional() {
            ApiClient client = signedUp(newEmail());

            assertEquals("", client.get("/api/v1/me").json().path("displayName").asText());
        }

        @Test
        @DisplayName("Your creations: prompts and photos stay until the person deletes them")
        void creations_stay_until_deleted() {
            ApiClient client = signedUp(newEmail());
            String id = newCreation(client);
            String photo = client.get("/api/v1/creations/" + id).json()
                    .path("references").get(0).path("mediaUrl").asText();

            assertEquals(200, client.get("/api/v1/creations/" + id).status());
            client.delete("/api/v1/creations/" + id).expect(204);

            assertEquals(404, client.get("/api/v1/creations/" + id).status());
            assertEquals(404, client.get(photo).status());
        }

        @Test
        @DisplayName("Credit ledger: every grant, charge and refund, with time and a note")
        void the_ledger_records_grant_charge_and_refund() {
            ApiClient client = signedUp(newEmail());
            String id = newCreation(client);
            String job = client.post("/api/v1/creations/" + id + "/plan", "{}").expect(202)
                    .json().path("id").asText();
            client.post("/api/v1/jobs/" + job + "/cancel", "{}").expect(202);

            JsonNode entries = client.get("/api/v1/me/ledger").expect(200).json()
                    .path("entries");
            assertEquals(List.of("REFUND", "CHARGE", "GRANT"), kinds(entries));
            for (JsonNode entry : entries) {
                assertFalse(entry.path("note").asText().isBlank());
                Instant.parse(entry.path("createdAt").asText());
            }
        }

        @Test
        @DisplayName("Session cookies: a single signed cookie that keeps you logged in")
        void one_cookie_only() {
            ApiClient client = service.newClient();
            ApiClient.Answer signup = client.post("/api/v1/auth/signup", "{\"email\":\""
                    + newEmail() + "\",\"password\":\"" + PASSWORD
                    + "\",\"confirmedAge13\":true}").expect(201);

            List<String> cookies = signup.headers("set-cookie");
            assertEquals(1, cookies.size());
            assertTrue(cookies.get(0).contains("HttpOnly"));
            Set<String> names = new HashSet<>();
            for (String page : List.of("/", "/privacy", "/terms", "/creations", "/profile",
                    "/api/v1/me", "/api/v1/session", "/api/v1/prices")) {
                client.get(page).headers("set-cookie")
                        .forEach(c -> names.add(c.split("=", 2)[0]));
            }
            assertTrue(names.size() <= 1, "cookie names seen: " + names);
        }

        @Test
        @DisplayName("Operational logs: timestamp, IP address, method, path and status")
        void request_logs_hold_time_ip_path_and_status_only() {
            ApiClient client = service.newClient();
            client.get("/api/v1/prices?secret=query");

            List<RequestLogEntry> rows = service.running().storage().requestLogs()
                    .between(START.minusSeconds(60), CLOCK.instant().plusSeconds(60), 1000);
            RequestLogEntry row = rows.stream()
                    .filter(r -> r.path().equals("/api/v1/prices")).findFirst().orElseThrow();
            assertEquals("GET", row.method());
            assertEquals(200, row.status());
            assertFalse(row.path().contains("secret"));
            assertFalse(row.ip().isBlank());
        }
    }

    @Nested
    @DisplayName("2. How we use it")
    class HowWeUseIt {

        @Test
        @DisplayName("Rate limits protect sign-in from abuse")
        void sign_in_is_rate_limited() {
            String email = newEmail();
            signedUp(email);
            ApiClient attacker = service.newClient();

            int limited = 0;
            for (int i = 0; i < 60 && limited == 0; i++) {
                ApiClient.Answer answer = attacker.logIn(email, "wrong password number " + i);
                if (answer.status() == 429) {
                    limited++;
                    assertTrue(answer.header("retry-after").isPresent());
                }
            }
            assertEquals(1, limited);
        }

        @Test
        @DisplayName("We do not show third-party ads: no page loads anything from elsewhere")
        void no_page_loads_another_origin() {
            ApiClient client = signedUp(newEmail());
            for (String page : List.of("/", "/signup", "/login", "/privacy", "/terms",
                    "/creations", "/profile")) {
                ApiClient.Answer answer = client.get(page).expect(200);
                assertNoForeignOrigin(page, answer.text());
                String csp = answer.header("content-security-policy").orElse("");
                assertTrue(csp.contains("default-src 'self'"), page + ": " + csp);
            }
        }
    }

    @Nested
    @DisplayName("3. Third-party AI processors")
    class ThirdPartyProcessors {

        @Test
        @DisplayName("Story planning: no images are sent to the planner")
        void the_story_planner_cannot_receive_an_image() {
            assertNoBytes(StoryPlanner.PlanBrief.class, new HashSet<>());
        }

        private void assertNoBytes(Class<?> type, Set<Class<?>> seen) {
            if (!seen.add(type) || !type.isRecord()) {
                return;
            }
            for (var component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                assertFalse(field == byte[].class || field.getName().contains("Image")
                        || field == java.io.InputStream.class || field == java.nio.file.Path.class,
                        type.getSimpleName() + "." + component.getName() + " could carry an image");
                assertNoBytes(field, seen);
            }
            assertNoBytes(StoryPlanner.NamedReference.class, seen);
        }
    }

    @Nested
    @DisplayName("4. Cookies")
    class Cookies {

        @Test
        @DisplayName("The session cookie is HttpOnly, SameSite and cleared at log-out")
        void the_cookie_is_http_only_and_cleared_at_logout() {
            ApiClient client = signedUp(newEmail());
            String cookie = client.cookie().orElseThrow();

            ApiClient.Answer logout = client.post("/api/v1/auth/logout", "{}").expect(204);
            String cleared = logout.header("set-cookie").orElseThrow();
            assertTrue(cleared.startsWith(cookie.split("=")[0] + "="));
            assertTrue(cleared.contains("Max-Age=0") || cleared.contains("Expires="));
        }

        @Test
        @DisplayName("A copied cookie stops working at log-out")
        void a_replayed_cookie_is_refused_after_logout() {
            ApiClient client = signedUp(newEmail());
            String cookie = client.cookie().orElseThrow();
            client.post("/api/v1/auth/logout", "{}").expect(204);

            ApiClient thief = service.newClient();
            thief.useCookie(cookie);
            assertEquals(401, thief.get("/api/v1/me").status());
        }

        @Test
        @DisplayName("The cookie is signed: a changed cookie is not a session")
        void a_forged_cookie_is_refused() {
            ApiClient client = signedUp(newEmail());
            String cookie = client.cookie().orElseThrow();
            char last = cookie.charAt(cookie.length() - 1);
            client.useCookie(cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A'));

            assertEquals(401, client.get("/api/v1/me").status());
        }

        @Test
        @DisplayName("A cross-site form post without the CSRF token is refused")
        void a_post_without_the_token_is_refused() {
            ApiClient client = signedUp(newEmail());
            client.forgetCsrfToken();

            assertEquals(403, client.patch("/api/v1/me", "{\"displayName\":\"x\"}").status());
        }
    }

    @Nested
    @DisplayName("5. Data retention")
    class DataRetention {

        @Test
        @DisplayName("Deleting the account removes the user record, creations, files and ledger")
        void deleting_the_account_removes_everything() {
            ApiClient client = signedUp(newEmail());
            String creation = newCreation(client);
            client.post("/api/v1/creations/" + creation + "/plan", "{}").expect(202);
            AccountId id = idOf(client);
            var storage = service.running().storage();
            assertTrue(storage.files().count(id) > 0);
            assertFalse(storage.requestLogs().ofAccount(id).isEmpty());

            client.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}").expect(204);

            assertTrue(storage.accounts().findById(id).isEmpty());
            assertTrue(storage.creations().listByOwner(id).isEmpty());
            assertTrue(storage.assets().listByOwner(id).isEmpty());
            assertTrue(storage.ledger().entries(id).isEmpty());
            assertTrue(storage.jobs().listByAccount(id).isEmpty());
            assertEquals(0, storage.files().count(id));
            assertTrue(storage.requestLogs().ofAccount(id).isEmpty());
            assertEquals(401, client.get("/api/v1/me").status());
        }

        @Test
        @DisplayName("Operational logs are kept for up to 90 days")
        void request_logs_older_than_90_days_are_purged() {
            var logs = service.running().storage().requestLogs();
            Instant now = CLOCK.instant();
            logs.append(new RequestLogEntry(now.minus(Duration.ofDays(91)), "192.0.2.1", "GET",
                    "/old", 200, 1, null));
            logs.append(new RequestLogEntry(now.minus(Duration.ofDays(89)), "192.0.2.1", "GET",
                    "/recent", 200, 1, null));

            service.running().runHousekeeping();

            List<String> paths = logs.between(now.minus(Duration.ofDays(100)), now, 10000)
                    .stream().map(RequestLogEntry::path).toList();
            assertFalse(paths.contains("/old"));
            assertTrue(paths.contains("/recent"));
        }
    }

    @Nested
    @DisplayName("6. Your rights")
    class YourRights {

        @Test
        @DisplayName("Access: the profile shows the data held")
        void the_profile_shows_account_fields_and_balance() {
            String email = newEmail();
            ApiClient client = signedUp(email);

            JsonNode me = client.get("/api/v1/me").expect(200).json();
            assertEquals(email, me.path("email").asText());
            assertEquals(100, me.path("balance").asLong());
            for (String field : List.of("id", "displayName", "role", "createdAt")) {
                assertTrue(me.has(field), field);
            }
            assertEquals(200, client.get("/profile").status());
        }

        @Test
        @DisplayName("Correct your name, or have an admin correct name or email")
        void names_and_emails_can_be_corrected() {
            ApiClient person = signedUp(newEmail());
            person.patch("/api/v1/me", "{\"displayName\":\"Ana Lima\"}").expect(200);
            assertEquals("Ana Lima", person.get("/api/v1/me").json().path("displayName")
                    .asText());

            ApiClient admin = service.newClient();
            if (admin.logIn("operator@mymovie.test", PASSWORD).status() != 200) {
                admin.signUp("operator@mymovie.test", PASSWORD);
            }
            String newEmail = newEmail();
            admin.patch("/api/v1/admin/accounts/" + idOf(person),
                    "{\"email\":\"" + newEmail + "\"}").expect(200);
            assertEquals(newEmail, person.get("/api/v1/me").json().path("email").asText());
        }

        @Test
        @DisplayName("Export a copy of your creations")
        void the_export_holds_account_ledger_creations_and_files() throws IOException {
            ApiClient client = signedUp(newEmail());
            String creation = newCreation(client);

            ApiClient.Answer export = client.get("/api/v1/me/export").expect(200);
            assertEquals("application/zip", export.header("content-type").orElse(""));
            Set<String> names = zipEntries(export.bytes());
            assertTrue(names.contains("account.json"));
            assertTrue(names.contains("ledger.json"));
            assertTrue(names.contains("creations/" + creation + "/creation.json"));
            assertTrue(names.stream().anyMatch(n -> n.startsWith("creations/" + creation + "/")
                    && n.endsWith(".jpg")), names.toString());
        }
    }

    @Nested
    @DisplayName("7. Children")
    class Children {

        @Test
        @DisplayName("Sign-up asks the person to confirm they are 13 or older")
        void sign_up_without_confirming_age_is_refused() {
            ApiClient.Answer answer = service.newClient().post("/api/v1/auth/signup",
                    "{\"email\":\"" + newEmail() + "\",\"password\":\"" + PASSWORD
                            + "\",\"confirmedAge13\":false}");

            assertEquals(422, answer.status());
            assertTrue(answer.text().contains("confirmedAge13"));
        }

        @Test
        @DisplayName("The record keeps when the age was confirmed")
        void the_record_keeps_the_age_confirmation_time() {
            String email = newEmail();
            signedUp(email);

            assertEquals(CLOCK.instant(), service.running().storage().accounts()
                    .findByEmail(Email.of(email)).orElseThrow().ageConfirmedAt());
        }
    }

    @Nested
    @DisplayName("8. Security")
    class Security {

        @Test
        @DisplayName("Session secrets are stored outside the codebase")
        void the_generated_session_secret_lives_in_the_data_folder() {
            assertTrue(java.nio.file.Files.exists(service.dataDir().resolve("session-secret")));
        }

        @Test
        @DisplayName("HTTPS in production: Secure cookies and HSTS behind an https address")
        void https_turns_on_secure_cookies_and_hsts() {
            try (TestService https = TestService.start(Map.of("MYMOVIE_PUBLIC_URL",
                    "https://mymovie.test"))) {
                ApiClient client = https.newClient();
                ApiClient.Answer signup = client.post("/api/v1/auth/signup", "{\"email\":\""
                        + "secure@example.com\",\"password\":\"" + PASSWORD
                        + "\",\"confirmedAge13\":true}").expect(201);

                String cookie = signup.header("set-cookie").orElseThrow();
                assertTrue(cookie.startsWith("__Host-"), cookie);
                assertTrue(cookie.contains("Secure"), cookie);
                assertTrue(signup.header("strict-transport-security").isPresent());
            }
        }
    }

    @Nested
    @DisplayName("9. Changes to this Policy")
    class Changes {

        @Test
        @DisplayName("The policy is a page of the site with its last-updated date")
        void the_policy_page_shows_its_date() {
            String page = service.newClient().get("/privacy").expect(200).text();

            assertTrue(page.replaceAll("<[^>]+>", "").contains("Last updated: May 26, 2026"));
        }
    }

    @Nested
    @DisplayName("10. Contact")
    class Contact {

        @Test
        @DisplayName("The policy names the privacy contact, linked from every page")
        void the_policy_names_the_contact_and_every_page_links_it() {
            ApiClient client = service.newClient();
            assertTrue(client.get("/privacy").text().contains("privacy@mymovie.live"));
            for (String page : List.of("/", "/signup", "/login", "/terms")) {
                assertTrue(client.get(page).text().contains("href=\"/privacy\""), page);
            }
        }
    }

    private static List<String> kinds(JsonNode entries) {
        List<String> kinds = new java.util.ArrayList<>();
        entries.forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    /** What makes a browser load or send to another origin: sources, style links, forms. */
    private static final Pattern FOREIGN = Pattern.compile(
            "(?:src|action|<link[^>]*href)\\s*=\\s*[\"']\\s*(?:https?:)?//",
            Pattern.CASE_INSENSITIVE);

    private static void assertNoForeignOrigin(String page, String html) {
        Matcher matcher = FOREIGN.matcher(html);
        assertFalse(matcher.find(), page + " loads from another origin");
    }

    private static Set<String> zipEntries(byte[] zip) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
