package live.mymovie.adapters.ai.local;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import live.mymovie.domain.creation.MusicBrief;

/** Reads a music brief from the words of a prompt: mood, tempo and key follow what it says. */
final class LocalMusicBriefs {

    private static final Pattern KEY = Pattern.compile(
            "\\b([A-G])\\s?(#|b|-sharp| sharp|-flat| flat)?\\s(major|minor)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BPM = Pattern.compile("\\b(\\d{2,3})\\s?bpm\\b",
            Pattern.CASE_INSENSITIVE);

    /** A mood, the words that call for it, and the music that suits it. */
    private record Mood(String name, List<String> words, String genre, int tempo, String key,
            List<String> instruments) {
    }

    private static final List<Mood> MOODS = List.of(
            new Mood("tense", List.of("dark", "fear", "monster", "night", "storm", "ghost",
                    "danger", "shadow", "escape", "haunted"), "cinematic suspense", 96,
                    "D minor", List.of("low strings", "pulse bass", "toms")),
            new Mood("melancholic", List.of("sad", "rain", "lonely", "loss", "goodbye", "tears",
                    "grief", "memory", "winter"), "piano ballad", 72, "A minor",
                    List.of("piano", "soft pad", "cello")),
            new Mood("adventurous", List.of("adventure", "quest", "dragon", "journey", "race",
                    "chase", "hero", "battle", "explore", "treasure"), "orchestral adventure",
                    128, "D major", List.of("brass pad", "strings", "drums")),
            new Mood("tender", List.of("love", "romance", "kiss", "wedding", "heart",
                    "together"), "acoustic", 84, "F major",
                    List.of("guitar", "warm pad", "soft bass")),
            new Mood("calm", List.of("calm", "sea", "peace", "dream", "sleep", "garden",
                    "morning", "quiet", "lake"), "ambient", 80, "G major",
                    List.of("electric piano", "pad", "soft bass")),
            new Mood("joyful", List.of("happy", "joy", "party", "birthday", "sun", "dance",
                    "celebrat", "fun", "laugh", "cat"), "upbeat pop", 120, "C major",
                    List.of("plucked synth", "bass", "drums")));
    private static final Mood HOPEFUL = new Mood("hopeful", List.of(), "light orchestral", 100,
            "C major", List.of("piano", "strings", "soft drums"));

    private LocalMusicBriefs() {
    }

    static MusicBrief fromPrompt(String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        Mood mood = MOODS.stream()
                .max((a, b) -> Integer.compare(score(a, lower), score(b, lower)))
                .filter(m -> score(m, lower) > 0)
                .orElse(HOPEFUL);

        return new MusicBrief(mood.name(), mood.genre(), tempo(lower, mood.tempo()),
                key(prompt, mood.key()), mood.instruments());
    }

    private static int score(Mood mood, String lower) {
        return (int) mood.words().stream().filter(lower::contains).count();
    }

    private static int tempo(String lower, int tempo) {
        Matcher bpm = BPM.matcher(lower);
        if (bpm.find()) {
            return Math.max(40, Math.min(240, Integer.parseInt(bpm.group(1))));
        }
        if (lower.contains("fast") || lower.contains("quick") || lower.contains("rush")) {
            return Math.min(200, tempo + 24);
        }
        if (lower.contains("slow") || lower.contains("gentle")) {
            return Math.max(56, tempo - 20);
        }
        return tempo;
    }

    private static String key(String prompt, String key) {
        Matcher named = KEY.matcher(prompt);
        if (!named.find()) {
            return key;
        }
        String accidental = named.group(2) == null ? ""
                : named.group(2).strip().startsWith("#") || named.group(2).contains("sharp")
                        ? "#" : "b";
        return named.group(1).toUpperCase(Locale.ROOT) + accidental + " "
                + named.group(3).toLowerCase(Locale.ROOT);
    }
}
