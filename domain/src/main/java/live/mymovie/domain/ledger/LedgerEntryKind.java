package live.mymovie.domain.ledger;

/** The direction of a ledger entry. */
public enum LedgerEntryKind {
    GRANT,
    CHARGE,
    REFUND;

    /** The signed effect of an entry of this kind on the balance. */
    public long signed(Credits amount) {
        return this == CHARGE ? -amount.amount() : amount.amount();
    }
}
