package io.eventlens.web.db;

/**
 * The database after the start's migration. Beans that use the database depend on this one, so
 * they never see an unmigrated schema.
 *
 * @param url the JDBC URL (never with a password: JDBC URLs here carry none)
 * @param appliedMigrations how many migrations this start applied
 */
public record DatabaseStatus(String url, int appliedMigrations) {

    /** The URL without its settings (H2's {@code ;MODE=...}, a query string): what a person needs to see. */
    public String location() {
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    /** "PostgreSQL", "H2 (file)" or the URL's driver name. */
    public String kind() {
        if (url.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL";
        }
        if (url.startsWith("jdbc:h2:file:")) {
            return "H2 (file)";
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "H2 (in memory)";
        }
        String[] parts = url.split(":", 3);
        return parts.length > 1 ? parts[1] : url;
    }
}
