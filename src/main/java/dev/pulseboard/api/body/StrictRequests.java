package dev.pulseboard.api.body;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.pulseboard.core.UnreadableQuery;

/**
 * The API's addresses read as strictly as its bodies ({@link StrictJsonBodies}): a query parameter the endpoint does
 * not take, or one given twice where it takes one, is a 400 that names it (a typo, {@code form=} for {@code from=},
 * answered the whole history); a change that answers JSON, asked for with an {@code Accept} header that allows no
 * JSON, is a 406 before anything is changed (Spring reads {@code Accept} only when it writes the answer, after the change was made). And the
 * API answers JSON alone: the YAML converter that the API documentation's libraries bring (whose instants were epoch
 * numbers) is not offered to it.
 */
@Configuration(proxyBeanMethods = false)
public class StrictRequests implements WebMvcConfigurer {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Checks()).addPathPatterns("/api/**");
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(StrictRequests::yaml));
    }

    private static boolean yaml(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(type -> type.getSubtype().contains("yaml"));
    }

    /** A request refused before its endpoint runs, answered as problem+json by the API's handlers. */
    public static final class Refused extends ErrorResponseException {

        Refused(HttpStatus status, String detail) {
            super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        }
    }

    private static final class Checks implements HandlerInterceptor {

        /** The query parameters of each endpoint, by name, and whether it takes several values of one. */
        private final Map<Method, Map<String, Boolean>> parameters = new ConcurrentHashMap<>();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method)) {
                return true;
            }
            // A change that answers nothing (204) has no representation for Accept to refuse.
            if (!SAFE.contains(request.getMethod()) && !method.isVoid()
                    && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
                throw new Refused(HttpStatus.NOT_ACCEPTABLE, "The API answers application/json (problems "
                        + "application/problem+json), which this request's Accept header does not allow; nothing "
                        + "was changed.");
            }
            check(request.getQueryString(), parameters.computeIfAbsent(method.getMethod(), Checks::queryParameters));
            return true;
        }

        private static boolean acceptsJson(String accept) {
            if (accept == null || accept.isBlank()) {
                return true;
            }
            try {
                return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(
                        MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }

        private static void check(String query, Map<String, Boolean> takes) {
            if (query == null || query.isEmpty()) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name;
                try {
                    name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new Refused(HttpStatus.BAD_REQUEST, UnreadableQuery.REASON);
                }
                Boolean several = takes.get(name);
                if (several == null) {
                    throw new Refused(HttpStatus.BAD_REQUEST, "'" + name + "' is not a parameter of this request; "
                            + (takes.isEmpty() ? "it takes none." : "it takes " + String.join(", ", takes.keySet())
                                    + "."));
                }
                if (!seen.add(name) && !several) {
                    throw new Refused(HttpStatus.BAD_REQUEST, "'" + name + "' is given twice; give it once.");
                }
            }
        }

        /**
         * The endpoint's {@code @RequestParam}s, and its plain values without an annotation, which Spring also reads
         * from the query (names as compiled, {@code -parameters}).
         */
        private static Map<String, Boolean> queryParameters(Method method) {
            Map<String, Boolean> names = new LinkedHashMap<>();
            for (Parameter parameter : method.getParameters()) {
                RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
                boolean plain = parameter.getAnnotations().length == 0
                        && BeanUtils.isSimpleProperty(parameter.getType());
                if (param == null && !plain) {
                    continue;
                }
                String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getName();
                names.put(name, parameter.getType().isArray()
                        || Collection.class.isAssignableFrom(parameter.getType()));
            }
            return names;
        }
    }
}
