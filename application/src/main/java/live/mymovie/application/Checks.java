package live.mymovie.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import live.mymovie.domain.Refusal;

/** Gathers every invalid field of a command, so a person sees all problems at once. */
public final class Checks {

    private final List<Refusal.FieldError> errors = new ArrayList<>();

    /** Runs one check and keeps its answer, or its refusal for later. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (Refusal.InvalidInput invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    public void fail(String field, String message) {
        errors.add(new Refusal.FieldError(field, message));
    }

    /** Throws one refusal naming every invalid field, if there was any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new Refusal.InvalidInput(errors);
        }
    }
}
