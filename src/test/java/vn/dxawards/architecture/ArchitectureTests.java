package vn.dxawards.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.dxawards.identity.Role;
import vn.dxawards.identity.User;

/**
 * The structure docs/architecture.md describes, held by tests: features in one order without
 * cycles, layers pointing one way, pages that only read the request, ask a service and render, and
 * one access policy that compares roles.
 */
class ArchitectureTests {

    private static final String ROOT = "vn.dxawards";

    /**
     * The features from the bottom up: each may use those before it, never one after it. Shared
     * infrastructure ({@code platform}) and the signed-in user ({@code identity}) come first.
     */
    static final List<String> ORDER = List.of("identity", "platform", "access", "locality", "audit", "campaign",
            "dossier", "notification", "intake", "appraisal", "survey", "deliberation", "decision", "publication",
            "privacy", "tasks", "ops", "demo");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyTopLevelPackageIsAKnownFeatureInTheOrder() {
        Set<String> unknown = new java.util.TreeSet<>();
        for (JavaClass type : classes) {
            String feature = featureOf(type);
            if (feature != null && !ORDER.contains(feature)) {
                unknown.add(feature);
            }
        }
        org.assertj.core.api.Assertions.assertThat(unknown)
                .as("top-level packages missing from ArchitectureTests.ORDER (and docs/architecture.md)").isEmpty();
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aFeatureUsesOnlyTheFeaturesBelowIt() {
        noClasses().should(dependOnAFeatureAbove()).check(classes);
    }

    @Test
    void sharedInfrastructureKnowsNoFeature() {
        noClasses().that().resideInAnyPackage(ROOT + ".platform..", ROOT + ".identity..").should()
                .dependOnClassesThat(inAFeature()).check(classes);
    }

    @Test
    void theSignedInUserDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".identity..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".platform..").check(classes);
    }

    @Test
    void modelServiceAndProcessNeverUseTheWebLayer() {
        noClasses().that().resideInAnyPackage("..model..", "..service..", "..process..", "..signature..")
                .should().dependOnClassesThat().resideInAPackage("..web..").check(classes);
    }

    @Test
    void theModelUsesNoServiceProcessOrPage() {
        noClasses().that().resideInAPackage("..model..").should().dependOnClassesThat()
                .resideInAnyPackage("..service..", "..process..", "..web..").check(classes);
    }

    @Test
    void pagesAndResourcesOpenNoTransaction() {
        ArchRule rule = noClasses().that(arePagesOrResources()).should().callMethodWhere(ownedBy(QuarkusTransaction.class))
                .orShould().beAnnotatedWith(Transactional.class)
                .orShould(haveATransactionalMethod());
        rule.check(classes);
    }

    @Test
    void pagesAndResourcesRunNoQueryString() {
        noClasses().that(arePagesOrResources()).should().callMethodWhere(aQueryString()).check(classes);
    }

    @Test
    void onlyTheAccessPolicyComparesRoles() {
        // Naming a role as an address (the secretariat's group, the identity provider's query) is fine;
        // asking whether a person holds one is the policy's question.
        noClasses().that().resideOutsideOfPackages(ROOT + ".access..", ROOT + ".identity..")
                .should().callMethod(User.class, "has", Role.class)
                .orShould().callMethod(User.class, "roles")
                .check(classes);
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> inAFeature() {
        return DescribedPredicate.describe("belong to a feature", type -> {
            String feature = featureOf(type);
            return feature != null && ORDER.indexOf(feature) > ORDER.indexOf("platform");
        });
    }

    private static ArchCondition<JavaClass> dependOnAFeatureAbove() {
        return new ArchCondition<>("depend on a feature above their own") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                int own = ORDER.indexOf(featureOf(type));
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = featureOf(dependency.getTargetClass());
                    if (target != null && ORDER.indexOf(target) > own) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> arePagesOrResources() {
        return DescribedPredicate.describe("are pages or resources", type -> type.getPackageName().contains(".web")
                && !type.getPackageName().startsWith(ROOT + ".platform")
                && (type.getSimpleName().endsWith("Pages") || type.getSimpleName().endsWith("Page")
                        || type.getSimpleName().endsWith("Resource") || type.getSimpleName().endsWith("Panel")
                        || type.isAnnotatedWith(jakarta.ws.rs.Path.class)));
    }

    private static DescribedPredicate<JavaMethodCall> ownedBy(Class<?> owner) {
        return DescribedPredicate.describe("a method of " + owner.getSimpleName(),
                call -> call.getTargetOwner().isAssignableTo(owner));
    }

    private static final Set<String> QUERY_METHODS = Set.of("list", "find", "count", "stream", "delete", "update",
            "listAll", "findAll", "streamAll");

    /** A Panache query string ({@code Dossier.list("status = ?1", …)}) or a JPQL/SQL query of the entity manager. */
    private static DescribedPredicate<JavaMethodCall> aQueryString() {
        return DescribedPredicate.describe("a query string", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            if (owner.isAssignableTo(EntityManager.class) || owner.isAssignableTo(org.hibernate.Session.class)) {
                return name.startsWith("create") && name.endsWith("Query");
            }
            return owner.isAssignableTo(PanacheEntityBase.class) && QUERY_METHODS.contains(name)
                    && !call.getTarget().getRawParameterTypes().isEmpty()
                    && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class);
        });
    }

    private static ArchCondition<JavaClass> haveATransactionalMethod() {
        return new ArchCondition<>("have a method annotated @Transactional") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getMethods().stream().filter(method -> method.isAnnotatedWith(Transactional.class))
                        .forEach(method -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " is annotated @Transactional")));
            }
        };
    }
}
