package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Doc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module READMEs' Inputs and Outputs tables are what the args and contracts say today. */
class ComponentTablesTest {

    record SampleArgs<S>(@Doc("the section") S settings, @Doc("where it goes") Output<List<String>> subnetIds) {
    }

    record SampleContract(@Doc("the thing") Output<String> thingId, @Doc("maybe") Optional<Output<String>> extra) {
        public static final String THING_ID = "sample.thingId";
        public static final String EXTRA = "sample.extra";
    }

    static final class Sample {
        public Sample(String name, SampleArgs<Integer> args, ComponentResourceOptions options) {
        }

        public SampleContract contract() {
            return null;
        }
    }

    record UndocumentedArgs(@Doc("named") String name, int count) {
    }

    static final class Undocumented {
        public Undocumented(String name, UndocumentedArgs args, ComponentResourceOptions options) {
        }

        public SampleContract contract() {
            return null;
        }
    }

    @Test
    void rendersOneRowPerFieldWithItsTypeAsWrittenAndItsDoc() {
        var tables = new ComponentTables("sample/README.md", Sample.class);
        assertEquals("""
                | input | type | |
                |---|---|---|
                | `settings` | `Integer` | the section |
                | `subnetIds` | `Output<List<String>>` | where it goes |
                """, tables.inputs());
        assertEquals("""
                | output | type | |
                |---|---|---|
                | `thingId` | `Output<String>` | the thing |
                | `extra` | `Optional<Output<String>>` | maybe |

                `SampleContract.exportTo(context)` exports `sample.thingId`, `sample.extra`.
                """, tables.outputs());
    }

    @Test
    void refusesAFieldWithoutADoc() {
        var error = assertThrows(IllegalStateException.class, () -> new ComponentTables("x/README.md", Undocumented.class).inputs());
        assertEquals("no @Doc on UndocumentedArgs.count: say in one line what each is", error.getMessage());
    }

    @Test
    void everyModuleReadmeShowsItsComponentsTablesAsTheCodeHasThem() throws IOException {
        var project = ProjectDirectory.find(Path.of("")).path();
        for (var tables : ComponentTables.ALL) {
            var text = Files.readString(project.resolve(tables.readme()));
            var stale = tables.readme() + " is out of date; run ./webstack components --write";
            assertEquals(tables.inputs(), tables.inputsSection().read(text, tables.readme()), stale);
            assertEquals(tables.outputs(), tables.outputsSection().read(text, tables.readme()), stale);
        }
    }

    @Test
    void everyComponentOfTheComponentModulesHasItsTables() {
        // GIVEN every ComponentResource the component modules define
        var defined = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureTest.COMPONENT_PACKAGES).stream()
                .filter(c -> c.isAssignableTo(com.pulumi.resources.ComponentResource.class) && c.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .map(com.tngtech.archunit.core.domain.JavaClass::getName).sorted().toList();
        // THEN each is listed for README tables
        assertEquals(defined, ComponentTables.ALL.stream().map(t -> t.component().getName()).sorted().toList());
    }
}
