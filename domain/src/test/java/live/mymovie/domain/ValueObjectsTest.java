package live.mymovie.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import live.mymovie.domain.account.DisplayName;
import live.mymovie.domain.account.Email;
import live.mymovie.domain.account.Password;
import live.mymovie.domain.job.JobKind;
import live.mymovie.domain.job.PriceList;
import live.mymovie.domain.ledger.Credits;
import live.mymovie.domain.creation.Creation;
import live.mymovie.domain.creation.ShotNumber;

/** The value objects refuse bad values where they are made. */
class ValueObjectsTest {

    @Test
    void an_email_is_trimmed_and_lower_cased_so_one_address_is_one_account() {
        assertEquals(Email.of("ada@example.com"), Email.of("  Ada@Example.COM "));
    }

    @Test
    void an_email_with_letters_of_another_script_is_accepted() {
        assertEquals("josé@exämple.com", Email.of("José@Exämple.com").value());
    }

    @Test
    void malformed_emails_are_refused_with_a_field_error() {
        for (String bad : new String[] {"", "ada", "@example.com", "ada@", "a@b@c.com",
                "ada@example", "ada @example.com", "ada@" + "x".repeat(64) + ".com"}) {
            var refusal = assertThrows(Refusal.InvalidInput.class, () -> Email.of(bad), bad);
            assertEquals("email", refusal.errors().get(0).field());
        }
    }

    @Test
    void a_password_needs_15_characters_and_at_most_256() {
        assertThrows(Refusal.InvalidInput.class, () -> Password.chosen("short phrase", "p"));
        assertThrows(Refusal.InvalidInput.class,
                () -> Password.chosen("ab cd ".repeat(50), "p"));
        assertEquals("correct horse battery",
                Password.chosen("correct horse battery", "p").reveal());
    }

    @Test
    void a_password_of_one_repeated_character_is_refused() {
        assertThrows(Refusal.InvalidInput.class,
                () -> Password.chosen("aaaaaaaaaaaaaaaaaaaa", "p"));
        assertThrows(Refusal.InvalidInput.class,
                () -> Password.chosen("abababababababab", "p"));
    }

    @Test
    void a_password_is_normalized_so_the_same_text_typed_two_ways_matches() {
        String composed = "caf\u00e9 au lait tous les jours";
        String decomposed = "cafe\u0301 au lait tous les jours";

        assertEquals(Password.chosen(composed, "p").reveal(),
                Password.typed(decomposed).reveal());
    }

    @Test
    void a_password_never_shows_in_text() {
        assertTrue(!Password.typed("my secret phrase here").toString().contains("secret"));
    }

    @Test
    void titles_refuse_control_and_direction_override_characters() {
        assertThrows(Refusal.InvalidInput.class, () -> Creation.checkTitle("Bad\u0007"));
        assertThrows(Refusal.InvalidInput.class, () -> Creation.checkTitle("evil\u202Etxt"));
        assertEquals("Emoji 🎬 and 漢字", Creation.checkTitle("  Emoji 🎬 and 漢字 "));
    }

    @Test
    void a_prompt_holds_at_most_5000_characters() {
        assertEquals(5000, Creation.checkPrompt("a".repeat(5000)).length());
        assertThrows(Refusal.InvalidInput.class, () -> Creation.checkPrompt("a".repeat(5001)));
    }

    @Test
    void a_display_name_is_optional_and_one_line() {
        assertTrue(DisplayName.of("  ").isEmpty());
        assertThrows(Refusal.InvalidInput.class, () -> DisplayName.of("two\nlines"));
    }

    @Test
    void credits_are_never_negative() {
        assertThrows(IllegalArgumentException.class, () -> Credits.of(-1));
        assertEquals(Credits.of(3), Credits.of(5).minus(Credits.of(2)));
        assertThrows(IllegalArgumentException.class, () -> Credits.of(2).minus(Credits.of(5)));
    }

    @Test
    void a_storyboard_costs_its_price_per_shot() {
        var price = PriceList.standard().of(JobKind.STORYBOARD);

        assertEquals(price.credits().times(6), price.costFor(6));
        assertEquals(PriceList.standard().of(JobKind.PLAN).credits(),
                PriceList.standard().of(JobKind.PLAN).costFor(6));
    }

    @Test
    void shot_numbers_run_from_1_to_99() {
        assertThrows(Refusal.InvalidInput.class, () -> ShotNumber.of(0));
        assertThrows(Refusal.InvalidInput.class, () -> ShotNumber.of(100));
        assertEquals(7, ShotNumber.of(7).value());
    }
}
