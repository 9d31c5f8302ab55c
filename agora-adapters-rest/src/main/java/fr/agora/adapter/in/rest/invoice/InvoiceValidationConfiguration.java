package fr.agora.adapter.in.rest.invoice;

import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The MVC validator: Boot's own (the same {@link ValidatorAdapter} around the application's bean validator that Boot
 * would install) behind {@link ComputeRequestFastCheck}, so that a valid {@code POST /api/v1/invoices/compute} body
 * skips bean validation without any per-request hook; everything else is validated exactly as before.
 */
@Configuration(proxyBeanMethods = false)
public class InvoiceValidationConfiguration implements WebMvcConfigurer {

    private final ApplicationContext context;

    public InvoiceValidationConfiguration(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Validator getValidator() {
        return new ComputeRequestFastCheck((SmartValidator) ValidatorAdapter.get(context, null));
    }
}
