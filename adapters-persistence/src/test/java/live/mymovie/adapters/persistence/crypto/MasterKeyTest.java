package live.mymovie.adapters.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import live.mymovie.domain.account.AccountId;
import live.mymovie.domain.account.Email;

/** Master keys travel as Base64, never show themselves, and wrap data keys per account. */
class MasterKeyTest {

    @Test
    void a_key_written_in_base64_reads_back_as_the_same_key() {
        MasterKey key = MasterKey.generate();

        assertEquals(key, MasterKey.fromBase64(key.toBase64()));
        assertEquals(key, MasterKey.fromBase64(" " + key.toBase64().replace('+', '-')
                .replace('/', '_') + "\n"));
    }

    @Test
    void a_key_of_the_wrong_length_or_alphabet_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64("c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> MasterKey.fromBase64(null));
    }

    @Test
    void keys_never_show_themselves() {
        MasterKey key = MasterKey.generate();

        assertFalse(key.toString().contains(key.toBase64()));
        assertFalse(DataKey.generate().wrap(key, AccountId.newId()).isEmpty());
        assertEquals("DataKey[hidden]", DataKey.generate().toString());
    }

    @Test
    void a_wrapped_data_key_opens_only_with_its_master_key_and_account() {
        MasterKey master = MasterKey.generate();
        AccountId owner = AccountId.newId();
        DataKey key = DataKey.generate();
        String wrapped = key.wrap(master, owner);
        String sealed = key.seal("a secret story", "context");

        assertEquals("a secret story",
                DataKey.unwrap(wrapped, master, owner).open(sealed, "context"));
        assertThrows(UndecryptableData.class,
                () -> DataKey.unwrap(wrapped, MasterKey.generate(), owner));
        assertThrows(UndecryptableData.class,
                () -> DataKey.unwrap(wrapped, master, AccountId.newId()));
    }

    @Test
    void a_sealed_text_opens_only_in_its_own_context() {
        DataKey key = DataKey.generate();
        String sealed = key.seal("a secret story", "account 1, creations.prompt");

        var refusal = assertThrows(UndecryptableData.class,
                () -> key.open(sealed, "account 2, creations.prompt"));
        assertEquals("The value of account 2, creations.prompt does not decrypt: it was written"
                + " for another account or field, or altered", refusal.getMessage());
        assertThrows(UndecryptableData.class, () -> key.open("plain text", "context"));
    }

    @Test
    void the_email_index_depends_on_the_address_and_the_master_key() {
        MasterKey master = MasterKey.generate();
        String index = master.emailIndexOf(Email.of("Person@Example.com"));

        assertEquals(index, master.emailIndexOf(Email.of("person@example.com")));
        assertNotEquals(index, master.emailIndexOf(Email.of("p@example.com")));
        assertNotEquals(index, MasterKey.generate().emailIndexOf(Email.of("person@example.com")));
    }
}
