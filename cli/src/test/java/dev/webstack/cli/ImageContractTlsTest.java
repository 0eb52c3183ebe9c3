package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GIVEN the URL the rotation script writes and the image contract, THEN the URL stays one that
 * libpq and psycopg accept, and the contract makes Node images trust the RDS CAs: node-postgres
 * reads {@code sslmode=require} as {@code verify-full} (pg-connection-string 2.x) and fails
 * against RDS otherwise; Prisma 7 refuses a {@code url} in the schema (P1012).
 */
class ImageContractTlsTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();

    private static String read(String path) throws IOException {
        return Files.readString(REPOSITORY.resolve(path));
    }

    private static String section(String markdown, String heading) {
        var start = markdown.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        var end = markdown.indexOf("\n## ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void theSecretsUrlCarriesOnlyWhatLibpqUnderstands() throws IOException {
        var urls = Pattern.compile("url: \"postgresql://[^\"]*\\?([^\"]*)\"").matcher(read("scripts/rotate-database-credentials")).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("sslmode=require"), urls, "libpq and psycopg refuse an unknown URI parameter such as uselibpqcompat");
    }

    @Test
    void nodeImagesTrustTheRdsCaBundle() throws IOException {
        var connection = section(read("docs/image-contract.md"), "The database connection");
        assertTrue(connection.contains("https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem"), connection);
        assertTrue(Pattern.compile("ENV NODE_EXTRA_CA_CERTS=(\\S+)").matcher(connection).results()
                .anyMatch(m -> connection.contains("global-bundle.pem " + m.group(1))), "the variable names the file the image adds");
        for (var nodeSection : List.of("Prisma", "Drizzle")) {
            assertTrue(section(read("docs/image-contract.md"), nodeSection).contains("NODE_EXTRA_CA_CERTS"), nodeSection);
        }
    }

    @Test
    void thePrismaExampleIsPrisma7() throws IOException {
        var prisma = section(read("docs/image-contract.md"), "Prisma");
        var schema = Pattern.compile("(?s)```prisma\n(.*?)```").matcher(prisma).results().map(m -> m.group(1)).findFirst().orElseThrow();
        assertFalse(schema.contains("url"), "Prisma 7 refuses url in the datasource block (P1012): " + schema);
        assertTrue(prisma.contains("datasource: { url: process.env.DATABASE_URL! }"), "prisma.config.ts gives migrate its URL");
        assertTrue(prisma.contains("new PrismaPg({ connectionString: process.env.DATABASE_URL! })"), "the client connects through the pg adapter");
    }
}
