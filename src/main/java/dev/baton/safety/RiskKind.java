package dev.baton.safety;

/** Why a message reports funds at risk; {@link #reason()} is the stable code handed to tickets and metrics. */
public enum RiskKind {
    /** Funds left the wallet without the user's consent (theft, drained wallet, hacked account). */
    UNAUTHORIZED_TRANSFER("funds_at_risk.unauthorized_transfer"),
    /** Funds sent to a wrong address or over a wrong network. */
    WRONG_ADDRESS("funds_at_risk.wrong_address"),
    /** A recovery phrase or private key was exposed, or the user fell for phishing or a malicious approval. */
    SECRET_LEAKED("funds_at_risk.secret_leaked"),
    /** Someone is posing as support or staff. */
    IMPERSONATION("funds_at_risk.impersonation"),
    /** The account or funds are frozen or locked and the user cannot withdraw. */
    ACCOUNT_LOCKED("funds_at_risk.account_locked");

    private final String reason;

    RiskKind(String reason) {
        this.reason = reason;
    }

    /** Whether the risk is a secret given away or asked for, the kind a policy question can be about. */
    public boolean aboutSecrets() {
        return this == SECRET_LEAKED || this == IMPERSONATION;
    }

    /** Stable code, such as {@code funds_at_risk.secret_leaked}. */
    public String reason() {
        return reason;
    }
}
