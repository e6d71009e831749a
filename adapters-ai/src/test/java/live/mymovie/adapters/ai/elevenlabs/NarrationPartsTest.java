package live.mymovie.adapters.ai.elevenlabs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NarrationPartsTest {

    @Test
    void a_text_within_the_limit_stays_whole() {
        assertEquals(List.of("One. Two."), NarrationParts.split("One. Two.", 100));
    }

    @Test
    void a_sentence_longer_than_the_limit_is_cut_between_words() {
        List<String> parts = NarrationParts.split("alpha beta gamma delta epsilon zeta", 12);

        assertTrue(parts.stream().allMatch(part -> part.length() <= 12));
        assertEquals("alpha beta gamma delta epsilon zeta", String.join(" ", parts));
    }

    @Test
    void a_word_longer_than_the_limit_is_cut_inside_as_a_last_resort() {
        List<String> parts = NarrationParts.split("abcdefghijklmnop", 5);

        assertEquals(List.of("abcde", "fghij", "klmno", "p"), parts);
    }

    @Test
    void later_parts_lose_their_id3_tag_when_joined() {
        byte[] tagged = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 2, 9, 9, (byte) 0xFF, (byte) 0xFB};

        byte[] joined = NarrationParts.joinMp3(List.of(tagged, tagged));

        assertEquals(tagged.length + 2, joined.length);
        assertEquals((byte) 0xFF, joined[tagged.length]);
    }
}
