package live.mymovie.domain.creation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import live.mymovie.domain.Refusal;
import live.mymovie.domain.Text;
import live.mymovie.domain.account.AccountId;

/** A person's movie in the making: their prompt, photos, plan and every result so far. */
public record Creation(
        CreationId id,
        AccountId ownerId,
        String title,
        String prompt,
        Instant createdAt,
        List<ReferencePhoto> references,
        StoryPlan plan,
        List<Shot> shots,
        MediaAsset soundtrack,
        MediaAsset voiceover) {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_PROMPT_LENGTH = 5000;
    public static final int MAX_REFERENCES = 12;

    public Creation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(createdAt, "createdAt");
        title = checkTitle(title);
        prompt = checkPrompt(prompt);
        references = List.copyOf(references);
        shots = List.copyOf(shots);
    }

    /** A new, empty creation. */
    public static Creation start(AccountId owner, String title, String prompt, Instant now) {
        return new Creation(CreationId.newId(), owner, title, prompt, now, List.of(), null,
                List.of(), null, null);
    }

    public static String checkTitle(String title) {
        return Text.require(title, "title", 1, MAX_TITLE_LENGTH);
    }

    public static String checkPrompt(String prompt) {
        return Text.require(prompt, "prompt", 1, MAX_PROMPT_LENGTH);
    }

    public boolean isOwnedBy(AccountId account) {
        return ownerId.equals(account);
    }

    public Optional<StoryPlan> storyPlan() {
        return Optional.ofNullable(plan);
    }

    public Optional<MediaAsset> soundtrackAsset() {
        return Optional.ofNullable(soundtrack);
    }

    public Optional<MediaAsset> voiceoverAsset() {
        return Optional.ofNullable(voiceover);
    }

    /** The shot with this number, or a refusal naming the valid range. */
    public Shot shot(ShotNumber number) {
        return shots.stream()
                .filter(s -> s.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new Refusal.MissingInput(shots.isEmpty()
                        ? "This creation has no story plan yet."
                        : "Shot " + number + " does not exist; the plan has "
                                + shots.size() + " shots."));
    }

    public List<ReferencePhoto> referencesNamed(List<String> names) {
        return references.stream()
                .filter(r -> names.stream().anyMatch(n -> n.equalsIgnoreCase(r.name())))
                .toList();
    }
}
