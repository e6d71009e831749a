package live.mymovie.domain.account;

/** What an account may do: every person is a creator; operators are admins too. */
public enum Role {
    CREATOR,
    ADMIN
}
