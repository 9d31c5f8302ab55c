package fr.agora.adapter.in.rest.config;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The API speaks French and English: {@code Accept-Language} picks French when the caller prefers it, English
 * otherwise (also for a language we do not have, so that problem titles and validation messages never mix). The
 * words come from {@code messages*.properties} (problems) and Hibernate Validator's bundles (constraint messages).
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
