package nl.weerbaar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionAndLoginFiltersTest {

    @Test
    void sessionsOlderThanTheAbsoluteMaximumEnd() throws Exception {
        MockHttpSession old = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return System.currentTimeMillis() - 10 * 3600_000L - 1000;
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(old);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new TenantContextFilter(10).doFilter(request, response, chain);
        assertThat(old.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void youngSessionsPassThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(new MockHttpSession());
        MockFilterChain chain = new MockFilterChain();
        new TenantContextFilter(10).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void loginAttemptsBeyondTheLimitAreTurnedAway() throws Exception {
        LoginRateLimitFilter filter = new LoginRateLimitFilter(new LoginThrottle(2, 5, 15, Clock.systemUTC()));
        for (int i = 0; i < 2; i++) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(login(), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isNotNull();
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(login(), refused, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?toomany");
    }

    @Test
    void sprayingManyUserNamesFromOneAddressIsThrottledAtTheDefaultLimit() throws Exception {
        LoginRateLimitFilter filter = new LoginRateLimitFilter(new LoginThrottle(10, 5, 15, Clock.systemUTC()));
        int passed = 0;
        for (int i = 0; i < 60; i++) {
            MockHttpServletRequest request = login();
            request.setParameter("username", "gebruiker" + i);
            request.setParameter("password", "Zomer2026!");
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            passed += chain.getRequest() == null ? 0 : 1;
        }
        assertThat(passed).isEqualTo(10);
        MockHttpServletRequest elsewhere = login();
        elsewhere.setRemoteAddr("198.51.100.7");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(elsewhere, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("another address is not affected").isNotNull();
    }

    private static MockHttpServletRequest login() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr("192.0.2.1");
        return request;
    }
}
