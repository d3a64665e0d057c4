package dev.dynamodel.processor;

import static dev.dynamodel.processor.TestCompiler.compile;
import static dev.dynamodel.processor.TestCompiler.compileBroken;
import static dev.dynamodel.processor.TestCompiler.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Misdeclared single-table families are compile errors on the element that is wrong. */
class FamilyRulesTest {

    private static JavaFileObject family(String permits) {
        return source("test.Shop", """
                package test;
                import dev.dynamodel.annotation.*;
                @Family(table = "Shop", indexes = @Family.Index(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk"))
                public sealed interface Shop permits %s {
                }
                """.formatted(permits));
    }

    private static JavaFileObject member(String name, String annotations, String components) {
        return source("test." + name, """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity
                %s
                public record %s(%s) implements Shop {
                }
                """.formatted(annotations, name, components));
    }

    private static JavaFileObject customer() {
        return member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"PROFILE\")", "String id, String name");
    }

    @Test
    void wellDeclaredFamily_compiles_andGeneratesTheFamilyClasses() {
        Compilation compilation = compile(family("Customer, Order"), customer(),
                member("Order", "@KeyTemplate(partition = \"CUSTOMER#{customerId}\", sort = \"ORDER#{placedAt}#{number}\")\n"
                        + "@IndexKeyTemplate(index = \"gsi1\", partition = \"ORDER#{number}\", sort = \"ORDER\")",
                        "String customerId, java.time.Instant placedAt, long number"))
                .succeeded();
        assertTrue(compilation.generatedSource("test.ShopSchema").contains("case \"Order\": return OrderSchema.INSTANCE;"));
        assertTrue(compilation.generatedSource("test.OrderSchema")
                .contains("public static PartitionKey gsi1PartitionKey(long number)"));
        assertTrue(compilation.generated("test.ShopModel"));
    }

    @Test
    void typeAttributeOff_compiles_andMatchesMembersByTheirKeys() {
        Compilation compilation = compile(source("test.Shop", """
                        package test;
                        import dev.dynamodel.annotation.*;
                        @Family(table = "Shop", typeAttribute = "")
                        public sealed interface Shop permits Customer {
                        }
                        """), customer())
                .succeeded();
        assertTrue(compilation.generatedSource("test.ShopSchema").contains("return memberByKeys(item);"));
    }

    @Test
    void templateNamingNoField_reportsDyn045() {
        JavaFileObject typo = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{customerID}\", sort = \"PROFILE\")",
                "String customerId");
        compileBroken(family("Customer"), typo)
                .hadErrorContaining("[DYN045] template \"CUSTOMER#{customerID}\" names {customerID}, which is no stored "
                        + "field of Customer; templates name fields by their Java name")
                .inFile(typo).onLineContaining("@KeyTemplate");
    }

    @Test
    void partitionTemplateWithoutAField_reportsDyn044() {
        JavaFileObject constant = member("Customer", "@KeyTemplate(partition = \"CUSTOMERS\", sort = \"{id}\")", "String id");
        compileBroken(family("Customer"), constant)
                .hadErrorContaining("[DYN044] template \"CUSTOMERS\" is malformed: a partition key template must name "
                        + "at least one field")
                .inFile(constant).onLineContaining("@KeyTemplate");
    }

    @Test
    void unclosedBrace_reportsDyn044() {
        JavaFileObject broken = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id\", sort = \"PROFILE\")", "String id");
        compileBroken(family("Customer"), broken)
                .hadErrorContaining("[DYN044] template \"CUSTOMER#{id\" is malformed: '{' at position 9 is not closed")
                .inFile(broken).onLineContaining("@KeyTemplate");
    }

    @Test
    void nonScalarOrUnorderedField_reportsDyn046() {
        JavaFileObject list = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{tags}\", sort = \"PROFILE\")",
                "java.util.List<String> tags");
        compileBroken(family("Customer"), list)
                .hadErrorContaining("[DYN046] template field tags must be a String, char, enum, UUID, Instant, LocalDate, "
                        + "LocalDateTime or whole number (int, long, short, byte), whose text sorts in value order; it is "
                        + "java.util.List<java.lang.String>")
                .inFile(list).onLineContaining("@KeyTemplate");
        JavaFileObject decimal = member("Customer", "@KeyTemplate(partition = \"C#{id}\", sort = \"P#{score}\")",
                "String id, double score");
        compileBroken(family("Customer"), decimal)
                .hadErrorContaining("[DYN046] template field score must be")
                .inFile(decimal).onLineContaining("@KeyTemplate");
    }

    @Test
    void twoMembersWithOneTypeName_reportDyn042OnTheFamily() {
        JavaFileObject family = family("Customer, Order");
        compileBroken(family, customer(), member("Order", "@EntityType(\"Customer\")\n"
                        + "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"ORDER#{n}\")", "String id, int n"))
                .hadErrorContaining("[DYN042] type name \"Customer\" of Order is also the type name of Customer in family "
                        + "Shop; type names must be unique within a family: give one of them another @EntityType")
                .inFile(family).onLineContaining("@Family");
    }

    @Test
    void sealedMemberThatIsNoTemplatedEntity_reportsDyn041OnTheFamily() {
        JavaFileObject family = family("Customer, Note");
        JavaFileObject note = source("test.Note", """
                package test;
                public record Note(String text) implements Shop {
                }
                """);
        compileBroken(family, customer(), note)
                .hadErrorContaining("[DYN041] Note is permitted by @Family Shop but is not an @Entity with @KeyTemplate")
                .inFile(family).onLineContaining("@Family");
    }

    @Test
    void plainEntityOnTheFamilysTableWithAnotherKey_reportsDyn033() {
        JavaFileObject plain = source("test.Legacy", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "Shop")
                public record Legacy(@HashKey String id) {
                }
                """);
        compileBroken(family("Customer"), customer(), plain)
                .hadErrorContaining("[DYN033] table \"Shop\" is also declared by test.Customer with key (pk S, sk S), "
                        + "but Legacy declares key (id S)")
                .inFile(plain).onLineContaining("@Entity(table = \"Shop\")");
    }

    @Test
    void fieldStoredAsAKeyOrTypeAttribute_reportsDyn049OnTheField() {
        JavaFileObject clash = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"PROFILE\")",
                "String id,\n    String pk");
        compileBroken(family("Customer"), clash)
                .hadErrorContaining("[DYN049] stored attribute \"pk\" of Customer is also the table's partition key of "
                        + "family Shop: rename the field with @Attribute")
                .inFile(clash).onLineContaining("String pk");
        JavaFileObject type = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"PROFILE\")",
                "String id,\n    @Attribute(\"_type\") String kind");
        compileBroken(family("Customer"), type)
                .hadErrorContaining("[DYN049] stored attribute \"_type\" of Customer is also the type attribute of family Shop")
                .inFile(type).onLineContaining("String kind");
    }

    @Test
    void indexTemplateOnAnUndeclaredIndex_reportsDyn048() {
        JavaFileObject member = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"PROFILE\")\n"
                + "@IndexKeyTemplate(index = \"byEmail\", partition = \"EMAIL#{email}\", sort = \"C\")", "String id, String email");
        compileBroken(family("Customer"), member)
                .hadErrorContaining("[DYN048] index \"byEmail\" is not declared by @Family Shop; its indexes are [gsi1]")
                .inFile(member).onLineContaining("@IndexKeyTemplate");
    }

    @Test
    void familyOnAnInterfaceThatIsNotSealed_reportsDyn040() {
        JavaFileObject open = source("test.Shop", """
                package test;
                import dev.dynamodel.annotation.*;
                @Family(table = "Shop")
                public interface Shop {
                }
                """);
        compileBroken(open)
                .hadErrorContaining("[DYN040] @Family must be on a sealed interface; Shop is not one")
                .inFile(open).onLineContaining("@Family");
    }

    @Test
    void keyTemplateOutsideAFamily_reportsDyn043() {
        JavaFileObject loose = source("test.Loose", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity
                @KeyTemplate(partition = "L#{id}")
                public record Loose(String id) {
                }
                """);
        compileBroken(loose)
                .hadErrorContaining("[DYN043] @KeyTemplate is for members of a @Family; Loose implements no interface "
                        + "annotated @Family")
                .inFile(loose).onLineContaining("@KeyTemplate");
    }

    @Test
    void hashKeyOnAMember_reportsDyn050() {
        JavaFileObject member = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\", sort = \"PROFILE\")",
                "@HashKey String id");
        compileBroken(family("Customer"), member)
                .hadErrorContaining("[DYN050] @HashKey on id: a family member's keys and indexes come from @KeyTemplate")
                .inFile(member).onLineContaining("@HashKey");
    }

    @Test
    void missingSortTemplate_whenTheTableHasASortKey_reportsDyn047() {
        JavaFileObject member = member("Customer", "@KeyTemplate(partition = \"CUSTOMER#{id}\")", "String id");
        compileBroken(family("Customer"), member)
                .hadErrorContaining("[DYN047] Customer: the table of family Shop has sort key sk: give a sort template")
                .inFile(member).onLineContaining("@KeyTemplate");
    }

    @Test
    void polymorphicDocumentPermittingANonDocument_reportsDyn053() {
        JavaFileObject payment = source("test.Payment", """
                package test;
                import dev.dynamodel.annotation.*;
                @Document(typeAttribute = "kind")
                public sealed interface Payment permits Payment.Card, Payment.Cash {
                    @Document record Card(String last4) implements Payment {}
                    record Cash(int cents) implements Payment {}
                }
                """);
        compileBroken(payment)
                .hadErrorContaining("[DYN053] @Document on interface Payment declares a polymorphic document: the "
                        + "interface must be sealed and permit only @Document records or classes; Cash is not a "
                        + "@Document record or class")
                .inFile(payment).onLineContaining("@Document(typeAttribute");
    }

    @Test
    void memberOnAnotherTable_reportsDyn051() {
        JavaFileObject member = source("test.Customer", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity(table = "Customers")
                @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
                public record Customer(String id) implements Shop {
                }
                """);
        compileBroken(family("Customer"), member)
                .hadErrorContaining("[DYN051] @Entity Customer declares table \"Customers\", but its family Shop is on "
                        + "table \"Shop\"; leave the member's table empty")
                .inFile(member).onLineContaining("@Entity(table");
    }

    @Test
    void entityInTwoFamilies_reportsDyn052() {
        JavaFileObject other = source("test.Other", """
                package test;
                import dev.dynamodel.annotation.*;
                @Family(table = "Other")
                public sealed interface Other permits Customer {
                }
                """);
        JavaFileObject member = source("test.Customer", """
                package test;
                import dev.dynamodel.annotation.*;
                @Entity
                @KeyTemplate(partition = "CUSTOMER#{id}", sort = "PROFILE")
                public record Customer(String id) implements Shop, Other {
                }
                """);
        compileBroken(family("Customer"), other, member)
                .hadErrorContaining("[DYN052] Customer implements two @Family interfaces, Shop and Other")
                .inFile(member).onLineContaining("public record Customer");
    }
}
