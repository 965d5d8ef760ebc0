package io.eventlens.web.lag;

import io.eventlens.web.config.EventLensProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outside demo mode the lag monitor reads the configured Redis, as it is. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${eventlens.kafka.bootstrap-servers:}'.isBlank()")
class ExternalRedisEndpoint {

    @Bean
    RedisEndpoint redisEndpoint(EventLensProperties properties) {
        return new RedisEndpoint(properties.redis().url());
    }
}
