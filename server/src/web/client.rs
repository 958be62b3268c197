//! Who is asking: the one place that decides the client's address. It is the TCP peer, unless
//! the peer is a listed reverse proxy (`PAGOSCUOLA_TRUSTED_PROXIES`): then it is the rightmost
//! `X-Forwarded-For` hop that is not itself a listed proxy (hops further left were written by
//! the client and prove nothing). Handlers read it as `app::auth::cookies::ClientAddress`.

use app::auth::cookies::ClientAddress;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

/// The request came through a listed proxy: its `X-Forwarded-*` headers may be believed.
#[derive(Clone, Copy, Debug)]
pub struct ViaTrustedProxy;

#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(pub Arc<[IpNet]>);

impl TrustedProxies {
    fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The client of a request that reached us from `peer`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            // A hop we cannot read ends the chain: the last readable one is the best we know.
            let Some(address) = parse_hop(hop) else { break };
            client = address;
            if !self.contains(address) {
                break;
            }
        }
        client
    }
}

/// `192.0.2.1`, `2001:db8::1`, or with a port (`192.0.2.1:4711`, `[2001:db8::1]:4711`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip())).map(canonical)
}

/// IPv4 seen through an IPv6 socket (`::ffff:192.0.2.1`) is the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(address),
        v4 => v4,
    }
}

pub async fn client_address(State(trusted): State<TrustedProxies>, mut request: Request, next: Next) -> Response {
    if let Some(peer) = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip()) {
        let client = trusted.client(peer, request.headers());
        if trusted.contains(peer) {
            request.extensions_mut().insert(ViaTrustedProxy);
        }
        request.extensions_mut().insert(ClientAddress(client));
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusted(list: &[&str]) -> TrustedProxies {
        TrustedProxies(list.iter().map(|n| n.parse().unwrap()).collect())
    }

    fn forwarded(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_header_counts_only_from_a_listed_proxy() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("198.51.100.7"), &forwarded(&["203.0.113.9"])), ip("198.51.100.7"));
        let proxies = trusted(&["10.0.0.0/8", "192.0.2.1/32"]);
        assert_eq!(proxies.client(ip("198.51.100.7"), &forwarded(&["203.0.113.9"])), ip("198.51.100.7"));
        assert_eq!(proxies.client(ip("10.1.2.3"), &forwarded(&["203.0.113.9"])), ip("203.0.113.9"));
        assert_eq!(proxies.client(ip("10.1.2.3"), &HeaderMap::new()), ip("10.1.2.3"));
    }

    #[test]
    fn the_rightmost_untrusted_hop_wins_over_what_the_client_wrote() {
        let proxies = trusted(&["10.0.0.0/8", "192.0.2.1/32"]);
        // The client claimed 1.1.1.1; our two proxies appended the real address, then theirs.
        let chain = forwarded(&["1.1.1.1, 203.0.113.9", "192.0.2.1"]);
        assert_eq!(proxies.client(ip("10.0.0.5"), &chain), ip("203.0.113.9"));
        assert_eq!(proxies.client(ip("10.0.0.5"), &forwarded(&["10.0.0.9, 10.0.0.8"])), ip("10.0.0.9"));
        assert_eq!(proxies.client(ip("10.0.0.5"), &forwarded(&["203.0.113.9, garbage"])), ip("10.0.0.5"));
        assert_eq!(proxies.client(ip("10.0.0.5"), &forwarded(&["[2001:db8::1]:4711"])), ip("2001:db8::1"));
        assert_eq!(proxies.client(ip("::ffff:10.0.0.5"), &forwarded(&["203.0.113.9:80"])), ip("203.0.113.9"));
    }
}
