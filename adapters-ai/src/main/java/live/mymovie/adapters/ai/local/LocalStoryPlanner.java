package live.mymovie.adapters.ai.local;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import live.mymovie.application.port.out.ProviderCall;
import live.mymovie.application.port.out.StoryPlanner;
import live.mymovie.domain.creation.Provenance;
import live.mymovie.domain.creation.ReferenceKind;
import live.mymovie.domain.creation.ShotNumber;
import live.mymovie.domain.creation.ShotScript;
import live.mymovie.domain.creation.StoryPlan;

/**
 * Plans a story offline by rule: one shot per sentence of the prompt (3 to 8 shots), the
 * cast and locations each sentence names, varied camera directions and a music brief read
 * from the prompt's words. The same brief always gives the same plan.
 */
public final class LocalStoryPlanner implements StoryPlanner {

    static final String MODEL = "local-rule-planner-1";
    static final int MIN_SHOTS = 3;
    static final int MAX_SHOTS = 8;

    private static final int MAX_DESCRIPTION = 400;
    private static final int MAX_NARRATION = 220;
    private static final List<String> CAMERAS = List.of("Wide shot, slow zoom out",
            "Medium shot, gentle push in", "Close-up, slow zoom in", "Pan left to right",
            "Medium shot, gentle push in", "Wide shot, slow zoom out", "Pan right to left",
            "Close-up, slow zoom in");
    private static final List<String> ARC = List.of("It begins: %s", "Then: %s",
            "At last: %s");

    @Override
    public String name() {
        return Cancellation.PROVIDER;
    }

    @Override
    public StoryPlan plan(PlanBrief brief, ProviderCall call) {
        Cancellation.stopIfCanceled(call);
        List<String> beats = beats(brief.prompt());

        List<ShotScript> shots = new ArrayList<>();
        String location = firstNamed(brief, ReferenceKind.LOCATION);
        List<String> cast = namesIn(brief, ReferenceKind.CAST, null).stream().limit(1).toList();
        for (int i = 0; i < beats.size(); i++) {
            String beat = beats.get(i);
            location = locationOf(brief, beat).orElse(location);
            List<String> named = namesIn(brief, ReferenceKind.CAST, beat);
            cast = named.isEmpty() ? cast : named;
            String previous = i == 0 ? "" : shots.get(i - 1).camera();
            shots.add(shot(brief, i, beat, cast, location, previous));
        }
        call.progress(100);

        return new StoryPlan(brief.title(), clip(firstSentence(brief.prompt()), 160),
                LocalMusicBriefs.fromPrompt(brief.prompt()), shots,
                new Provenance(name(), MODEL, brief.prompt()));
    }

    /** A shot; when its beat names nobody, the cast of the shot before carries on. */
    private ShotScript shot(PlanBrief brief, int index, String beat, List<String> cast,
            String location, String previousCamera) {
        String narration = clip(speakable(beat), MAX_NARRATION);
        if (narration.isBlank()) {
            narration = "Shot " + (index + 1) + " of " + speakable(brief.title()) + ".";
        }
        return new ShotScript(ShotNumber.of(index + 1), clip(beat, MAX_DESCRIPTION),
                camera(index, beat, previousCamera), seconds(narration), narration, cast,
                location);
    }

    /** The fewest words a clause cut from a long sentence may have. */
    private static final int MIN_CLAUSE_WORDS = 4;

    /** The prompt's sentences, merged or padded to 3 to 8 story beats. */
    static List<String> beats(String prompt) {
        List<String> sentences = sentences(prompt);
        if (sentences.size() < MIN_SHOTS) {
            sentences = clauses(sentences);
        }
        if (sentences.size() > MAX_SHOTS) {
            return merged(sentences, MAX_SHOTS);
        }
        List<String> beats = new ArrayList<>(sentences);
        for (int i = beats.size(); i < MIN_SHOTS; i++) {
            beats.add(ARC.get(i).formatted(strip(prompt)));
        }
        return beats;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R+")) {
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
            it.setText(paragraph);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE;
                    start = end, end = it.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /**
     * Splits long sentences at commas and semicolons so a long single sentence still plays,
     * keeping a short piece ("Mila," or "at dawn,") with its neighbour so every beat says
     * something whole.
     */
    private static List<String> clauses(List<String> sentences) {
        List<String> clauses = new ArrayList<>();
        for (String sentence : sentences) {
            String pending = "";
            for (String part : sentence.split("(?<=[,;:，、；])\\s*")) {
                pending = (pending + " " + part).strip();
                if (words(pending) >= MIN_CLAUSE_WORDS) {
                    clauses.add(pending);
                    pending = "";
                }
            }
            addTail(clauses, pending);
        }
        return clauses.size() >= MIN_SHOTS ? clauses : sentences;
    }

    /** A short last piece joins the clause before it, or stands alone when there is none. */
    private static void addTail(List<String> clauses, String tail) {
        if (tail.isBlank()) {
            return;
        }
        if (clauses.isEmpty()) {
            clauses.add(tail);
        } else {
            clauses.set(clauses.size() - 1, clauses.getLast() + " " + tail);
        }
    }

    /** Words in the text; in a script written without spaces, about one per two signs. */
    private static int words(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        return stripped.contains(" ") ? stripped.split("\\s+").length
                : stripped.codePointCount(0, stripped.length()) / 2;
    }

    private static List<String> merged(List<String> sentences, int groups) {
        List<String> merged = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int from = g * sentences.size() / groups;
            int to = (g + 1) * sentences.size() / groups;
            merged.add(String.join(" ", sentences.subList(from, to)));
        }
        return merged;
    }

    /** The camera for a beat: its words choose first, and it never repeats the shot before. */
    private static String camera(int index, String beat, String previous) {
        String chosen = cameraFor(index, beat);
        for (int next = 1; chosen.equals(previous); next++) {
            chosen = CAMERAS.get((index + next) % CAMERAS.size());
        }
        return chosen;
    }

    private static String cameraFor(int index, String beat) {
        String lower = beat.toLowerCase(Locale.ROOT);
        if (index > 0 && containsAny(lower, "runs", "flies", "travels", "races", "walks",
                "drives", "chase", "across")) {
            return index % 2 == 0 ? "Pan right to left" : "Pan left to right";
        }
        if (index > 0 && containsAny(lower, "face", "eyes", "smile", "tears", "whisper")) {
            return "Close-up, slow zoom in";
        }
        return CAMERAS.get(index % CAMERAS.size());
    }

    /** About two and a half words a second, or four characters a second without spaces. */
    private static int seconds(String narration) {
        long words = narration.split("\\s+").length;
        long letters = narration.codePoints().filter(Character::isLetter).count();
        double spoken = words > 1 ? words / 2.5 : letters / 4.0;
        return (int) Math.max(3, Math.min(8, Math.ceil(spoken + 1)));
    }

    private static Optional<String> locationOf(PlanBrief brief, String beat) {
        return namesIn(brief, ReferenceKind.LOCATION, beat).stream().findFirst();
    }

    private static String firstNamed(PlanBrief brief, ReferenceKind kind) {
        return namesIn(brief, kind, null).stream().findFirst().orElse(null);
    }

    private static List<String> namesIn(PlanBrief brief, ReferenceKind kind, String text) {
        String lower = text == null ? null : text.toLowerCase(Locale.ROOT);
        return brief.references().stream()
                .filter(r -> r.kind() == kind)
                .map(NamedReference::name)
                .filter(n -> lower == null || lower.contains(n.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
    }

    private static String firstSentence(String prompt) {
        List<String> sentences = sentences(prompt);
        return sentences.isEmpty() ? prompt.strip() : sentences.get(0);
    }

    /** The text without emoji and other pictographs, which no voice can speak. */
    static String speakable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.OTHER_SYMBOL
                        && Character.getType(cp) != Character.SURROGATE
                        && cp != 0xFE0F && cp != 0x200D)
                .forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String strip(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return clip(flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat, 160);
    }

    /** Shortens text to a word boundary, never splitting a character. */
    static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, max - 1));
        int space = head.lastIndexOf(' ');
        return (space > max / 2 ? head.substring(0, space) : head) + "…";
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
