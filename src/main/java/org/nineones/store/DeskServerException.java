package org.nineones.store;

import org.nineones.model.Messages;
import org.nineones.model.UserFacing;

/**
 * The county desk's PostgreSQL server cannot be used (decision 0025): not reached at its host and port, the login
 * refused, the address not one of a PostgreSQL server, the database made by a newer version of the app, or the
 * connection lost. Its sentence names the server; nothing was written.
 */
public final class DeskServerException extends RuntimeException implements UserFacing {

    public enum Reason {
        /** Nothing answers at the host and port (or the host is unknown). */
        UNREACHABLE,
        /** The server answered but refused the user, the password or the database. */
        LOGIN_REFUSED,
        /** Not a JDBC URL of a PostgreSQL server. */
        BAD_URL,
        /** The database's desk tables were made by a newer version of the app. */
        NEWER_VERSION,
        /** The connection failed during the work. */
        LOST
    }

    private final Reason reason;
    private final String host;
    private final String port;
    private final String database;

    DeskServerException(Reason reason, String host, String port, String database, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.host = host == null ? "" : host;
        this.port = port == null ? "" : port;
        this.database = database == null ? "" : database;
    }

    public Reason reason() {
        return reason;
    }

    public String host() {
        return host;
    }

    public String port() {
        return port;
    }

    @Override
    public String userMessage(Messages messages) {
        return messages.get("DeskServerException.Reason." + reason.name(), host, port, database);
    }
}
