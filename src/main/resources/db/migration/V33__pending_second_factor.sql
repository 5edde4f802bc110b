-- The sign-in step between a right password and the two-factor code: kept here, not in one instance's memory, so that
-- the code can be typed on whichever instance the load balancer picks (SecondFactorSteps). The browser holds the
-- secret in a cookie; only its SHA-256 is stored. A row lives five minutes and is gone once the code was right.
CREATE TABLE pending_second_factor (
    secret_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    login_name  VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_pending_second_factor_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_pending_second_factor_expires ON pending_second_factor (expires_at);
