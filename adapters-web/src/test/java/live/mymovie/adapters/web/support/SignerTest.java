package live.mymovie.adapters.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SignerTest {

    private static final String NEW_KEY = "the-new-session-key-of-32-characters";
    private static final String OLD_KEY = "the-old-session-key-of-32-characters";

    @Test
    void a_signature_of_the_previous_key_still_verifies_after_rotation() {
        String oldSignature = new Signer(List.of(OLD_KEY)).sign("session", "s-1");

        Signer rotated = new Signer(List.of(NEW_KEY, OLD_KEY));

        assertTrue(rotated.verifies("session", "s-1", oldSignature));
        assertNotEquals(oldSignature, rotated.sign("session", "s-1"));
    }

    @Test
    void a_signature_of_a_dropped_key_is_refused() {
        String oldSignature = new Signer(List.of(OLD_KEY)).sign("session", "s-1");

        assertFalse(new Signer(List.of(NEW_KEY)).verifies("session", "s-1", oldSignature));
    }

    @Test
    void a_signature_is_bound_to_its_value_and_its_purpose() {
        Signer signer = new Signer(List.of(NEW_KEY));
        String signature = signer.sign("session", "s-1");

        assertFalse(signer.verifies("session", "s-2", signature));
        assertFalse(signer.verifies("csrf", "s-1", signature));
    }
}
