package io.eventlens.web.security;

/** The two roles. An operator may do all a viewer may, and replay and change things. */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {}
}
