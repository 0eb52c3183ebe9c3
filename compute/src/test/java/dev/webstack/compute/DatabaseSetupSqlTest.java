package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GIVEN the setup step's SQL, read as text, THEN it keeps the roles and grants ADR 0018
 * describes, can run again without failing, and never carries a password. (Run against a
 * PostgreSQL server as a non-superuser master while writing it: twice, after tables created
 * by the master, then with the other app login; see ADR 0018.)
 */
class DatabaseSetupSqlTest {

    private static final String SQL = SetupContainer.sql();
    /** Statements without the comment lines. */
    private static final String CODE = SQL.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");

    @Test
    void itStopsAtTheFirstError() {
        assertTrue(CODE.lines().anyMatch(l -> l.equals("\\set ON_ERROR_STOP on")), "psql would otherwise carry on after a failed grant");
    }

    @Test
    void everyRoleIsCreatedOnlyWhenMissing() {
        var creates = Pattern.compile("(?s)SELECT\\s+(?:'|format\\(')CREATE ROLE.*?\\\\gexec").matcher(CODE).results()
                .map(m -> m.group()).toList();
        assertEquals(3, creates.size(), "the migrator, the group, and the two logins in one statement");
        creates.forEach(statement -> assertTrue(statement.contains("WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="),
                "not idempotent: " + statement));
        assertEquals(creates.size(), Pattern.compile("CREATE ROLE").matcher(CODE).results().count(), "a CREATE ROLE outside a guard");
        assertTrue(CODE.contains("CREATE ROLE webstack_app NOLOGIN"), "the group cannot log in");
        assertTrue(CODE.contains("('webstack_app_a'), ('webstack_app_b')") && CODE.contains("LOGIN IN ROLE webstack_app"),
                "both alternating logins are members of the group");
    }

    @Test
    void passwordsAreOnlyEverPreHashedVerifiersFromVariables() {
        var passwords = Pattern.compile("PASSWORD\\s+(\\S+)").matcher(CODE).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("%L',", "%L',"), passwords, "PASSWORD takes a format() literal of a psql variable, nothing else");
        assertTrue(CODE.contains("LIKE 'SCRAM-SHA-256$%'"), "a value that is not a verifier is refused before it reaches ALTER ROLE");
        assertFalse(Pattern.compile("(?i)PASSWORD\\s+'").matcher(CODE).find(), "a password literal");
    }

    @Test
    void theAppGetsDataRightsOnlyOnWhatExistsAndOnWhatTheMigratorCreates() {
        var toApp = Pattern.compile("GRANT ([A-Z, ]+) ON (ALL TABLES IN SCHEMA|ALL SEQUENCES IN SCHEMA|TABLES|SEQUENCES|SCHEMAS|SCHEMA)[^;']*TO webstack_app\\b")
                .matcher(CODE).results().map(m -> m.group(2) + ": " + m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "ALL TABLES IN SCHEMA: SELECT, INSERT, UPDATE, DELETE", "ALL SEQUENCES IN SCHEMA: USAGE, SELECT",
                "TABLES: SELECT, INSERT, UPDATE, DELETE", "SEQUENCES: USAGE, SELECT", "SCHEMAS: USAGE", "SCHEMA: USAGE")), toApp);
        assertTrue(CODE.contains("ALTER DEFAULT PRIVILEGES FOR ROLE webstack_migrator IN SCHEMA %1$I"));
        assertFalse(Pattern.compile("(?i)(TRUNCATE|REFERENCES|TRIGGER|ALL PRIVILEGES|CREATE)[^;]*TO webstack_app\\b").matcher(CODE).find(),
                "the app may not change structure");
        assertTrue(CODE.contains("GRANT USAGE, CREATE ON SCHEMA public TO webstack_migrator"));
    }

    @Test
    void onlyTheMastersObjectsMoveToTheMigrator() {
        var moves = Pattern.compile("OWNER TO webstack_migrator").matcher(CODE).results().count();
        var masterOnly = Pattern.compile("owner = \\(SELECT oid FROM pg_roles WHERE rolname = :'master_user'\\)").matcher(CODE).results().count();
        assertEquals(4, moves, "schemas, relations, types, routines");
        assertEquals(moves, masterOnly, "every ownership change is limited to the master's objects");
    }

    /**
     * CREATE EXTENSION run as the master leaves the extension's members owned by the master
     * (PostGIS's functions, its spatial_ref_sys table); they are recorded in pg_depend with
     * deptype 'e' against their own catalog ("pg_depend", PostgreSQL docs) and must stay put.
     */
    @Test
    void noOwnershipMoveTouchesAnExtensionsMembers() {
        var moves = Pattern.compile("(?s)SELECT format\\('ALTER [^']*OWNER TO webstack_migrator.*?\\\\gexec").matcher(CODE).results()
                .map(m -> m.group()).toList();
        assertEquals(4, moves.size(), "schemas, relations, types, routines");
        var catalogs = new TreeSet<String>();
        for (var move : moves) {
            var member = Pattern.compile("AND NOT EXISTS \\(SELECT 1 FROM pg_depend e WHERE e\\.classid = '(pg_[a-z]+)'::regclass "
                    + "AND e\\.objid = ([a-z_]+)\\.oid AND e\\.deptype = 'e'\\)").matcher(move);
            assertTrue(member.find(), "moves an extension's members too: " + move);
            var alias = member.group(2);
            assertTrue(move.contains("FROM " + member.group(1) + (alias.equals(member.group(1)) ? "\n" : " " + alias + " ")),
                    "the exclusion looks up the catalog the statement reads (" + member.group(1) + " " + alias + "): " + move);
            catalogs.add(member.group(1));
        }
        assertEquals(new TreeSet<>(Set.of("pg_class", "pg_namespace", "pg_proc", "pg_type")), catalogs);
    }

    @Test
    void theScriptReadsExactlyTheVariablesTheContainerPasses() {
        var used = Pattern.compile(":'?([a-z_]+)'?").matcher(CODE.replaceAll("::[a-z]+", "")).results().map(m -> m.group(1))
                .filter(v -> !v.equals("app_user_known") && !v.equals("verifiers_hashed"))
                .collect(Collectors.toCollection(TreeSet::new));
        var passed = Pattern.compile("-v ([a-z_]+)=").matcher(String.join(" ", SetupContainer.COMMAND)).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(passed, used);
    }
}
