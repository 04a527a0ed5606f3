package vn.dxawards.platform.web;

import java.math.BigDecimal;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateNode.Origin;
import jakarta.enterprise.event.Observes;
import vn.dxawards.platform.i18n.Numbers;

/**
 * Every decimal a template prints bare (a score, an average) is written the reader's way, so that
 * "78.833" cannot appear beside "82,5": the general rule under {@link NumberExtensions}. Message
 * bundle texts are templates too, so a score passed to a message is written the same way.
 */
@jakarta.inject.Singleton
public class DecimalResults implements ResultMapper {

    void register(@Observes EngineBuilder builder) {
        builder.addResultMapper(new DecimalResults());
    }

    @Override
    public int getPriority() {
        // Before the HTML escaper: a formatted figure has nothing to escape.
        return 100;
    }

    @Override
    public boolean appliesTo(Origin origin, Object result) {
        return result instanceof BigDecimal || result instanceof Double || result instanceof Float;
    }

    @Override
    public String map(Object result, Expression expression) {
        return Numbers.number((Number) result, NumberExtensions.of(null));
    }
}
