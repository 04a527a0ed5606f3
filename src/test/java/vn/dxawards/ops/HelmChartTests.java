package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Helm chart (helm/dx-awards) and the production realm (keycloak/dx-awards-production-realm.json),
 * checked without a cluster, a database or Keycloak: the chart is linted and rendered through helm-java
 * (the Helm Go library behind JNI, so no helm binary is needed), and every rendered document is read
 * strictly into the fabric8 Kubernetes model (an unknown field anywhere fails the test).
 */
class HelmChartTests {

    static final Path CHART = Path.of("helm", "dx-awards");
    static final Path VALUES = Path.of("src", "test", "resources", "helm");
    static final Path PRODUCTION_REALM = Path.of("keycloak", "dx-awards-production-realm.json");
    static final String PUBLIC_URL = "https://top100.example.gov.vn";
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY).*");

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static List<HasMetadata> defaults;

    @BeforeAll
    static void renderDefaults() throws Exception {
        defaults = render(null);
    }

    @Test
    void chartPassesStrictLint(@TempDir Path tmp) throws IOException {
        // helm lint renders with the chart's own values, where the required publicBaseUrl is empty
        Path copy = copyOfChart(tmp);
        Path values = copy.resolve("values.yaml");
        Files.writeString(values, Files.readString(values).replace("publicBaseUrl: \"\"", "publicBaseUrl: " + PUBLIC_URL));
        LintResult lint = new Helm(copy).lint().strict().call();
        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void defaultsRenderTheWholeApplication() {
        System.out.println("rendered with the defaults: " + describe(defaults));
        Deployment deployment = one(defaults, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        checkPodTemplate(deployment.getSpec().getTemplate().getSpec(), true);

        assertThat(one(defaults, Service.class).getSpec().getPorts())
                .extracting(p -> p.getName() + ":" + p.getTargetPort().getStrVal())
                .containsExactly("http:http", "management:management");
        assertThat(one(defaults, PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        NetworkPolicy policy = one(defaults, NetworkPolicy.class);
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).hasSize(2);
        assertThat(policy.getSpec().getIngress().get(0).getPorts()).singleElement()
                .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(8080));
        assertThat(policy.getSpec().getIngress().get(0).getFrom()).as("only the ingress controller reaches 8080")
                .singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector()).isNotNull());
        // the monitoring namespace (and the chart's test pod) reach the management port, and only that
        assertThat(policy.getSpec().getIngress().get(1)).satisfies(rule -> {
            assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(9000));
            assertThat(rule.getFrom()).hasSize(2).first().satisfies(peer -> assertThat(
                    peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring"));
        });
        assertThat(policy.getSpec().getEgress()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(policy.getSpec().getEgress()).as("no SMTP rule without mail.host")
                .allSatisfy(rule -> assertThat(rule.getTo()).isNotEmpty());
        assertThat(all(defaults, GenericKubernetesResource.class)).as("no ServiceMonitor or PrometheusRule unless asked").isEmpty();
        one(defaults, ServiceAccount.class);
        assertThat(all(defaults, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(all(defaults, Ingress.class)).isEmpty();

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        // soft spread over nodes and zones: never left pending for it
        assertThat(pod.getTopologySpreadConstraints()).extracting(c -> c.getTopologyKey())
                .containsExactly("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        assertThat(pod.getTopologySpreadConstraints()).allSatisfy(c -> {
            assertThat(c.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
            assertThat(c.getMaxSkew()).isEqualTo(1);
            assertThat(c.getLabelSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        });
        // graceful shutdown: out of the endpoints (preStop), running requests finish (shutdown timeout),
        // and the grace period covers both
        Container app = pod.getContainers().get(0);
        assertThat(app.getLifecycle().getPreStop().getExec().getCommand()).containsExactly("sleep", "10");
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(10L + 30L + 10L);

        ConfigMap config = one(defaults, ConfigMap.class);
        assertThat(config.getData()).containsEntry("DX_PUBLIC_BASE_URL", PUBLIC_URL)
                .containsEntry("DX_SHUTDOWN_TIMEOUT", "30s")
                .containsEntry("DX_MAIL_FROM", "DX Awards <no-reply@example.gov.vn>")
                .containsEntry("DX_SMTP_PORT", "587").containsEntry("DX_SMTP_START_TLS", "REQUIRED")
                .doesNotContainKey("DX_SMTP_HOST");
        assertThat(envOf(deployment)).extracting(EnvVar::getName).doesNotContain("DX_SMTP_USER", "DX_SMTP_PASSWORD");
        assertThat(config.getData()).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0")
                .containsEntry("QUARKUS_MANAGEMENT_HOST", "0.0.0.0").containsEntry("QUARKUS_MANAGEMENT_PORT", "9000")
                .containsKeys("DX_OIDC_URL", "DX_OIDC_CLIENT_ID", "DX_ATTACHMENTS_MAX_SIZE", "DX_ENGINE_HISTORY", "JAVA_OPTS");
        assertThat(config.getData().keySet()).noneMatch(k -> k.matches(".*(PASSWORD|SECRET|CSRF_KEY|TOKEN).*"));

        assertThat(all(defaults, Pod.class)).as("hooks are not part of the release manifest").isEmpty();
        noSecretInlined(defaults);
    }

    /**
     * helm-java's template (like the install dry run) leaves hooks out of its output, so the test hook is
     * rendered from a copy of the chart with one extra template that includes the hook's template by its
     * name and masks its hook annotation (Helm would otherwise set the document aside as a hook again).
     */
    @Test
    void testHookCurlsReadiness(@TempDir Path tmp) throws Exception {
        Path copy = copyOfChart(tmp);
        Files.writeString(copy.resolve("templates/zz-test-hook-as-manifest.yaml"),
                "{{ include \"dx-awards/templates/tests/test-connection.yaml\" . | replace \"helm.sh/hook\" \"masked.helm.sh/hook\" }}\n");
        List<HasMetadata> objects = render(copy, null);
        Pod test = one(objects, Pod.class);
        System.out.println("the test hook: Pod/" + test.getMetadata().getName());
        assertThat(test.getMetadata().getAnnotations()).containsEntry("masked.helm.sh/hook", "test");
        assertThat(test.getSpec().getRestartPolicy()).isEqualTo("Never");
        Container curl = test.getSpec().getContainers().get(0);
        assertThat(curl.getCommand()).containsExactly("curl");
        assertThat(curl.getArgs()).contains("--fail").last().asString()
                .isEqualTo("http://dx-awards:9000/q/health/ready");
        assertThat(test.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        // the NetworkPolicy lets the test pod in
        assertThat(one(objects, NetworkPolicy.class).getSpec().getIngress().get(1).getFrom())
                .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .containsAllEntriesOf(Map.of("app.kubernetes.io/component", "test")));
        noSecretInlined(objects);
    }

    @Test
    void ingressAndAutoscaling() throws Exception {
        List<HasMetadata> objects = render("ingress-hpa.yaml");
        System.out.println("rendered with ingress-hpa.yaml: " + describe(objects));
        Deployment deployment = one(objects, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).as("the HPA owns the replica count").isNull();
        checkPodTemplate(deployment.getSpec().getTemplate().getSpec(), true);
        HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(5);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        Ingress ingress = one(objects, Ingress.class);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(t -> assertThat(t.getSecretName()).isEqualTo("dx-awards-tls"));
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName())
                .isEqualTo(one(objects, Service.class).getMetadata().getName());
        assertThat(envOf(deployment)).filteredOn(e -> e.getName().equals("DX_DB_PASSWORD")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("dx-awards-db-app"));
        // the trust list for decisions signed outside comes from the signing secret, next to the keystore
        assertThat(one(objects, ConfigMap.class).getData())
                .containsEntry("DX_SIGNING_KEYSTORE", "/etc/dx-awards/signing/keystore.p12")
                .containsEntry("DX_SIGNING_TRUST_STORE", "/etc/dx-awards/signing/trusted-cas.pem");
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(v -> v.getSecret() != null).singleElement()
                .satisfies(v -> assertThat(v.getSecret().getItems()).extracting(i -> i.getKey())
                        .containsExactly("keystore.p12", "trusted-cas.pem"));
        noSecretInlined(objects);
    }

    @Test
    void withoutNetworkPolicyOrSigning() throws Exception {
        List<HasMetadata> objects = render("no-networkpolicy.yaml");
        System.out.println("rendered with no-networkpolicy.yaml: " + describe(objects));
        assertThat(all(objects, NetworkPolicy.class)).isEmpty();
        Deployment deployment = one(objects, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        checkPodTemplate(deployment.getSpec().getTemplate().getSpec(), false);
        assertThat(one(objects, PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(2);
        noSecretInlined(objects);
    }

    @Test
    void thePublicAddressIsRequired() {
        assertThatThrownBy(() -> renderWithout(CHART, null))
                .hasMessageContaining("publicBaseUrl is required");
        System.out.println("rendering without publicBaseUrl fails, naming it");
    }

    /**
     * One replica (no PDB that would block drains), SMTP with its credentials from a Secret and an
     * egress rule to the relay, a ServiceMonitor, the spread replaced, a longer shutdown.
     */
    @Test
    void oneReplicaWithMailAndServiceMonitor() throws Exception {
        List<HasMetadata> objects = render("mail-monitoring.yaml");
        System.out.println("rendered with mail-monitoring.yaml: " + describe(objects));
        Deployment deployment = one(objects, Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(all(objects, PodDisruptionBudget.class)).as("no PDB at one replica").isEmpty();

        ConfigMap config = one(objects, ConfigMap.class);
        assertThat(config.getData()).containsEntry("DX_SMTP_HOST", "smtp.example.gov.vn")
                .containsEntry("DX_SMTP_PORT", "465").containsEntry("DX_SMTP_TLS", "true")
                .containsEntry("DX_MAIL_FROM", "Ban thư ký TOP 100 <bantk@example.gov.vn>")
                .containsEntry("DX_PUBLIC_BASE_URL", "https://top100.example.gov.vn")
                .containsEntry("DX_SHUTDOWN_TIMEOUT", "45s");
        assertThat(envOf(deployment)).filteredOn(e -> e.getName().startsWith("DX_SMTP_")).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.getValue()).isNull();
                    assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("dx-awards-smtp");
                })
                .extracting(e -> e.getName() + "=" + e.getValueFrom().getSecretKeyRef().getKey())
                .containsExactly("DX_SMTP_USER=user", "DX_SMTP_PASSWORD=pass");
        assertThat(one(objects, NetworkPolicy.class).getSpec().getEgress())
                .anySatisfy(rule -> {
                    assertThat(rule.getTo()).isEmpty();
                    assertThat(rule.getPorts()).singleElement().satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(465));
                });

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(5L + 45L + 10L);
        assertThat(pod.getTopologySpreadConstraints()).singleElement()
                .satisfies(c -> assertThat(c.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule"));

        GenericKubernetesResource monitor = custom(objects, "ServiceMonitor");
        assertThat(monitor.getApiVersion()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        JsonNode spec = YAML.valueToTree(monitor.getAdditionalProperties().get("spec"));
        assertThat(spec.path("endpoints").get(0).path("port").asText()).isEqualTo("management");
        assertThat(spec.path("endpoints").get(0).path("path").asText()).isEqualTo("/q/metrics");
        assertThat(spec.path("endpoints").get(0).path("interval").asText()).isEqualTo("15s");
        assertThat(spec.path("selector").path("matchLabels").path("app.kubernetes.io/instance").asText()).isEqualTo("dx-awards");
        assertThat(one(objects, Service.class).getSpec().getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("management");
            assertThat(p.getPort()).isEqualTo(9000);
        });

        // the alerts docs/operations.md explains, on the metrics the ServiceMonitor scrapes
        GenericKubernetesResource rule = custom(objects, "PrometheusRule");
        assertThat(rule.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        JsonNode rules = YAML.valueToTree(rule.getAdditionalProperties().get("spec")).path("groups").get(0).path("rules");
        List<String> alerts = new ArrayList<>();
        rules.forEach(r -> {
            alerts.add(r.path("alert").asText());
            assertThat(r.path("expr").asText()).as(r.path("alert").asText()).contains("namespace=\"dx-awards\"");
            assertThat(r.path("labels").path("severity").asText()).isIn("critical", "warning");
        });
        assertThat(alerts).containsExactly("DxAwardsDown", "DxAwardsReplicasMissing", "DxAwardsEngineIncidents",
                "DxAwardsJobBacklog", "DxAwardsMailFailing", "DxAwardsServerErrors");
        assertThat(rules.get(4).path("expr").asText()).contains("dx_outbox_messages").contains("status=\"FAILED\"");
        assertThat(rules.get(4).path("annotations").path("summary").asText()).startsWith("{{ $value }}");
        String operations = Files.readString(Path.of("docs/operations.md"));
        assertThat(alerts).allSatisfy(alert -> assertThat(operations).as("explained in operations.md").contains("`" + alert + "`"));
        noSecretInlined(objects);
    }

    static GenericKubernetesResource custom(List<HasMetadata> objects, String kind) {
        return all(objects, GenericKubernetesResource.class).stream().filter(o -> o.getKind().equals(kind))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), found -> {
                    assertThat(found).as(kind).hasSize(1);
                    return found.get(0);
                }));
    }

    @Test
    void autoscalingFromOneReplicaHasNoPdb() throws Exception {
        List<HasMetadata> objects = parse(new Helm(CHART).template().withName("dx-awards").withNamespace("dx-awards")
                .set("publicBaseUrl", PUBLIC_URL).set("autoscaling.enabled", true).set("autoscaling.minReplicas", 1)
                .call());
        one(objects, HorizontalPodAutoscaler.class);
        assertThat(all(objects, PodDisruptionBudget.class)).isEmpty();
    }

    @Test
    void schemaRejectsBadValues() {
        assertThatThrownBy(() -> render("bad-values.yaml"))
                .hasMessageContaining("schema")
                .hasMessageContaining("replicaCount: Must be greater than or equal to 1")
                .hasMessageContaining("Additional property dbPassword is not allowed")
                .hasMessageContaining("database: Additional property password is not allowed");
    }

    // --- the production realm ------------------------------------------------------------------

    @Test
    void productionRealmIsLockedDown() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(PRODUCTION_REALM.toFile());
        assertThat(realm.path("realm").asText()).isEqualTo("dx-awards");
        // no people; the only user entry allowed is the dx-app service account (it carries its roles)
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as("user %s", user.path("username")).isEqualTo("dx-app");
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)").contains("notUsername");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("vi");
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            clients.add(client.path("clientId").asText());
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as("password grant on %s", client.path("clientId")).isFalse();
            assertThat(client.has("secret")).as("secret of %s", client.path("clientId")).isFalse();
        }
        assertThat(clients).contains("dx-app").doesNotContain("dx-cli");
        assertThat(realm.has("clientScopes")).as("a clientScopes section would drop the built-in scopes").isFalse();
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).contains("nominator", "secretary", "juror", "chair", "admin");
        // the browser flow asks for OTP when the user has a role that needs it
        String browserFlow = realm.path("browserFlow").asText();
        String flows = realm.path("authenticationFlows").toString();
        assertThat(flows).contains(browserFlow).contains("conditional-user-role").contains("auth-otp-form");
        for (String privileged : List.of("secretary", "chair", "admin")) {
            JsonNode role = null;
            for (JsonNode r : realm.path("roles").path("realm")) {
                if (r.path("name").asText().equals(privileged)) {
                    role = r;
                }
            }
            assertThat(role.path("composites").path("realm").toString()).as(privileged).contains("otp-required");
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    static List<HasMetadata> render(String valuesFile) throws Exception {
        return render(CHART, valuesFile);
    }

    /** Rendered with the required publicBaseUrl set, unless the values file sets its own. */
    static List<HasMetadata> render(Path chart, String valuesFile) throws Exception {
        var template = new Helm(chart).template().withName("dx-awards").withNamespace("dx-awards");
        if (valuesFile == null || !Files.readString(VALUES.resolve(valuesFile)).contains("publicBaseUrl:")) {
            template = template.set("publicBaseUrl", PUBLIC_URL);
        }
        if (valuesFile != null) {
            template = template.withValuesFile(VALUES.resolve(valuesFile));
        }
        return parse(template.call());
    }

    static List<HasMetadata> renderWithout(Path chart, String valuesFile) throws Exception {
        var template = new Helm(chart).template().withName("dx-awards").withNamespace("dx-awards");
        if (valuesFile != null) {
            template = template.withValuesFile(VALUES.resolve(valuesFile));
        }
        return parse(template.call());
    }

    static Path copyOfChart(Path tmp) throws IOException {
        Path copy = tmp.resolve("dx-awards");
        try (var files = Files.walk(CHART)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(CHART.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    static List<HasMetadata> parse(String manifests) throws Exception {
        assertThat(manifests).isNotBlank();
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                KubernetesResource resource = YAML.treeToValue(document, KubernetesResource.class);
                assertThat(resource).as("document %s", document.path("kind")).isInstanceOf(HasMetadata.class);
                if (resource instanceof GenericKubernetesResource generic) {
                    // a custom resource (the ServiceMonitor) has no model here: only known ones may be generic
                    assertThat(generic.getKind()).isIn("ServiceMonitor", "PrometheusRule");
                } else {
                    assertStrict(resource, document.path("kind").asText());
                }
                objects.add((HasMetadata) resource);
            }
        }
        return objects;
    }

    /** Fails on any field the fabric8 model does not know (the model keeps those in additionalProperties). */
    static void assertStrict(Object value, String where) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                assertStrict(item, where + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> assertStrict(v, where + "." + k));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                assertThat((Map<?, ?>) child).as("unknown fields in %s (%s)", where, value.getClass().getSimpleName())
                        .isNullOrEmpty();
            } else if (child != value) {
                assertStrict(child, where + "." + getter.getName().substring(3));
            }
        }
    }

    static void checkPodTemplate(PodSpec pod, boolean signing) {
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(185L);
        Container app = pod.getContainers().get(0);
        assertThat(app.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(app.getPorts()).extracting(p -> p.getName() + ":" + p.getContainerPort())
                .containsExactly("http:8080", "management:9000");
        checkProbe(app.getStartupProbe(), "/q/health/started");
        checkProbe(app.getLivenessProbe(), "/q/health/live");
        checkProbe(app.getReadinessProbe(), "/q/health/ready");
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKey("memory");
        assertThat(app.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("tmp");
            assertThat(v.getEmptyDir()).isNotNull();
        });
        assertThat(app.getEnvFrom()).singleElement().satisfies(e -> assertThat(e.getConfigMapRef()).isNotNull());
        List<String> names = app.getEnv().stream().map(EnvVar::getName).toList();
        assertThat(names).contains("DX_DB_URL", "DX_DB_USER", "DX_DB_PASSWORD", "DX_OIDC_CLIENT_SECRET",
                "DX_SESSION_SECRET", "DX_CSRF_KEY");
        if (signing) {
            assertThat(pod.getVolumes()).anySatisfy(v -> {
                assertThat(v.getSecret()).isNotNull();
                assertThat(v.getSecret().getSecretName()).isEqualTo("dx-awards-signing");
            });
            assertThat(names).contains("DX_SIGNING_KEYSTORE_PASSWORD");
        } else {
            assertThat(pod.getVolumes()).noneMatch(v -> v.getSecret() != null);
        }
    }

    static void checkProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        // health answers only on the management interface: the public port says 404
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    /** Secrets are only referenced: no Secret object, no literal value for a secret-looking variable. */
    static void noSecretInlined(List<HasMetadata> objects) {
        assertThat(objects).noneMatch(o -> o.getKind().equals("Secret"));
        List<Container> containers = new ArrayList<>();
        for (HasMetadata o : objects) {
            if (o instanceof Deployment d) {
                containers.addAll(d.getSpec().getTemplate().getSpec().getContainers());
                containers.addAll(d.getSpec().getTemplate().getSpec().getInitContainers());
            } else if (o instanceof Pod p) {
                containers.addAll(p.getSpec().getContainers());
            }
        }
        for (Container c : containers) {
            for (EnvVar env : c.getEnv()) {
                if (SECRET_NAME.matcher(env.getName()).matches()) {
                    assertThat(env.getValue()).as("literal value of %s", env.getName()).isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as("secretKeyRef of %s", env.getName()).isNotNull();
                }
            }
        }
        String text;
        try {
            text = YAML.writeValueAsString(objects);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(text).doesNotContain("dx-app-demo-secret").doesNotContain("demo-only-").doesNotContain("hunter2");
    }

    static List<EnvVar> envOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    }

    static <T> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found = all(objects, type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    static String describe(List<HasMetadata> objects) {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).collect(Collectors.joining(", "));
    }
}
