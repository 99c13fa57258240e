// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Rules.h"

#include "Cidr.h"
#include "json/JsonLimits.h"

#include <algorithm>
#include <unordered_set>

namespace mb::topology {

namespace {

constexpr const char *Ctx = "mb::topology";

/// Addresses a Hetzner network reserves: the network address, the gateway (first host) and
/// the broadcast address.
constexpr std::uint64_t ReservedAddresses = 3;
/// Hetzner networks are at least a /24.
constexpr int LargestNetworkPrefix = 24;
/// Longest cluster name: node names add "-worker-NNN" and must stay a DNS label (63).
constexpr std::size_t MaxNameLength = 40;

class Checker
{
public:
    Checker(const Topology &t, const PlanCatalogue &c)
        : m_t(t)
        , m_c(c)
    {}

    std::vector<Diagnostic> run()
    {
        checkName();
        checkProvider();
        checkLocation();
        checkNetwork();
        checkSafelist();
        for (const Pillar p : AllPillars)
            checkPillar(p);
        return std::move(m_out);
    }

private:
    void add(Severity s, std::string code, const char *source, std::vector<std::string> args,
             std::string pointer)
    {
        m_out.push_back(
            Diagnostic{s, std::move(code), Message{Ctx, source, std::move(args)}, std::move(pointer)});
    }

    static std::string pillarPointer(Pillar p) { return "/pillars/" + std::string(pillarName(p)); }

    void checkName()
    {
        if (!isDnsSafeName(m_t.name))
            add(Severity::Error, "name-not-dns-safe",
                MB_TR_NOOP("mb::topology",
                           "Cluster name \"%1\" is not DNS-safe: use 1 to 40 lower-case letters, "
                           "digits and '-', starting with a letter (it prefixes every node's host name)."),
                {json::clipForMessage(m_t.name)}, "/name");
    }

    void checkProvider()
    {
        if (m_t.provider != "local" && m_t.provider != "hetzner")
            add(Severity::Error, "unknown-provider",
                MB_TR_NOOP("mb::topology",
                           "Provider \"%1\" is unknown: use \"local\" (this machine) or \"hetzner\"."),
                {json::clipForMessage(m_t.provider)}, "/provider");
    }

    void checkLocation()
    {
        m_locationKnown = m_c.location(m_t.location) != nullptr;
        if (!m_locationKnown) {
            std::string known;
            for (const Location &l : m_c.locations())
                known += (known.empty() ? "" : ", ") + l.name;
            add(Severity::Error, "unknown-location",
                MB_TR_NOOP("mb::topology", "Location \"%1\" is unknown; choose one of: %2."),
                {json::clipForMessage(m_t.location), known}, "/location");
        }
    }

    void checkNetwork()
    {
        const auto cidr = Cidr::parse(m_t.networkCidr);
        if (!cidr || cidr->v6) {
            add(Severity::Error, "cidr-invalid",
                MB_TR_NOOP("mb::topology",
                           "\"%1\" is not an IPv4 network in CIDR notation, like \"10.0.0.0/16\"."),
                {json::clipForMessage(m_t.networkCidr)}, "/network/cidr");
            return;
        }
        if (!cidr->isRfc1918()) {
            add(Severity::Error, "cidr-not-private",
                MB_TR_NOOP("mb::topology",
                           "Network %1 is not private address space: use a range inside 10.0.0.0/8, "
                           "172.16.0.0/12 or 192.168.0.0/16."),
                {json::clipForMessage(m_t.networkCidr)}, "/network/cidr");
        }
        if (cidr->hasHostBits()) {
            add(Severity::Warning, "cidr-host-bits",
                MB_TR_NOOP("mb::topology", "Network %1 has host bits set; it will be used as %2."),
                {m_t.networkCidr,
                 [&] {
                     Cidr n = *cidr;
                     for (int bit = n.prefix; bit < 32; ++bit)
                         n.address[static_cast<std::size_t>(bit / 8)] &=
                             static_cast<std::uint8_t>(~(0x80 >> (bit % 8)));
                     return n.toString();
                 }()},
                "/network/cidr");
        }
        if (cidr->prefix > LargestNetworkPrefix) {
            add(Severity::Error, "cidr-too-small",
                MB_TR_NOOP("mb::topology",
                           "Network %1 is too small: cloud networks need at least a /24 (256 addresses)."),
                {json::clipForMessage(m_t.networkCidr)}, "/network/cidr");
            return;
        }
        const std::uint64_t usable = cidr->ipv4Size() - ReservedAddresses;
        const auto nodes = static_cast<std::uint64_t>(std::max<long long>(m_t.nodeCount(), 0));
        if (nodes > usable) {
            add(Severity::Error, "cidr-too-small",
                MB_TR_NOOP("mb::topology",
                           "Network %1 has room for %2 nodes but the topology has %3: use a larger "
                           "range (a smaller prefix, like /16)."),
                {m_t.networkCidr, std::to_string(usable), std::to_string(nodes)}, "/network/cidr");
        }
    }

    void checkSafelist()
    {
        if (m_t.sshSafelist.empty()) {
            add(Severity::Info, "safelist-empty",
                MB_TR_NOOP("mb::topology",
                           "The SSH safelist is empty: no address can reach SSH on the public nodes. "
                           "Add your office or VPN range to allow it."),
                {}, "/sshSafelist");
            return;
        }
        for (std::size_t i = 0; i < m_t.sshSafelist.size(); ++i) {
            const std::string &entry = m_t.sshSafelist[i];
            const std::string pointer = "/sshSafelist/" + std::to_string(i);
            const auto cidr = Cidr::parse(entry);
            if (!cidr) {
                add(Severity::Error, "safelist-cidr-invalid",
                    MB_TR_NOOP("mb::topology",
                               "SSH safelist entry \"%1\" is not a network in CIDR notation, like "
                               "\"203.0.113.0/24\" or \"2001:db8::/32\"."),
                    {json::clipForMessage(entry)}, pointer);
            } else if (cidr->isEverything()) {
                add(Severity::Warning, "safelist-open-world",
                    MB_TR_NOOP("mb::topology",
                               "SSH safelist entry %1 lets the whole Internet try to log in to every "
                               "public node; list only the ranges you administer from."),
                    {json::clipForMessage(entry)}, pointer);
            }
        }
    }

    void checkPillar(Pillar p)
    {
        const std::string pointer = pillarPointer(p);
        const auto &spec = m_t.pillar(p);
        if (!spec) {
            add(Severity::Error, "pillar-missing",
                MB_TR_NOOP("mb::topology",
                           "The %1 pillar is missing: every cluster needs System, Proxy, Worker and "
                           "State. Add it to the %2 zone."),
                {std::string(pillarName(p)), std::string(zoneName(zoneOf(p)))}, pointer);
            return;
        }
        checkCount(p, *spec, pointer + "/count");
        if (spec->zone && *spec->zone != zoneOf(p)) {
            add(Severity::Error, "pillar-zone",
                zoneOf(p) == Zone::Public
                    ? MB_TR_NOOP("mb::topology",
                                 "The %1 pillar belongs in the public zone: it must be reachable from the "
                                 "Internet, and private nodes have no public IP.")
                    : MB_TR_NOOP("mb::topology",
                                 "The %1 pillar belongs in the private zone: it holds code or data that "
                                 "must never have a public IP."),
                {std::string(pillarName(p))}, pointer + "/zone");
        }
        checkPlan(spec->plan, [&] { return pointer + "/plan"; });
        for (const auto &[ordinal, plan] : spec->nodePlans) {
            const auto nodePointer = [&, n = ordinal] { return pointer + "/nodes/" + std::to_string(n); };
            if (ordinal > spec->count) {
                add(Severity::Warning, "node-override-unused",
                    MB_TR_NOOP("mb::topology",
                               "Node %1 has its own plan but the %2 pillar has only %3 nodes; the "
                               "override is ignored."),
                    {std::to_string(ordinal), std::string(pillarName(p)), std::to_string(spec->count)},
                    nodePointer());
            }
            checkPlan(plan, [&] { return nodePointer() + "/plan"; });
        }
    }

    void checkCount(Pillar p, const PillarSpec &spec, const std::string &pointer)
    {
        const std::string n = std::to_string(spec.count);
        switch (p) {
        case Pillar::System:
            if (spec.count != 1)
                add(Severity::Error, "system-count",
                    MB_TR_NOOP("mb::topology",
                               "System needs exactly 1 node, not %1: it scales vertically only. Choose a "
                               "bigger plan to give it more capacity."),
                    {n}, pointer);
            break;
        case Pillar::Proxy:
            if (!countAllowed(p, spec.count))
                add(Severity::Error, "proxy-count",
                    MB_TR_NOOP("mb::topology",
                               "Proxy needs 1 to 100 nodes, not %1: at least one must face the Internet, "
                               "and the floating IP balances at most 100."),
                    {n}, pointer);
            break;
        case Pillar::Worker:
            if (!countAllowed(p, spec.count))
                add(Severity::Error, "worker-count",
                    MB_TR_NOOP("mb::topology",
                               "Worker needs at least 1 node, not %1: without one no function can run."),
                    {n}, pointer);
            break;
        case Pillar::State:
            if (spec.count == 1) {
                add(Severity::Warning, "state-no-ha",
                    MB_TR_NOOP("mb::topology",
                               "State has 1 node: no high availability. If it fails, the database and "
                               "cache are down until it is back; use 3 nodes for failover."),
                    {}, pointer);
            } else if (!countAllowed(p, spec.count)) {
                add(Severity::Error, "state-count",
                    spec.count % 2 == 0 && spec.count > 0 && spec.count < 6
                        ? MB_TR_NOOP("mb::topology",
                                     "State needs 1, 3 or 5 nodes: with %1, one failure loses quorum.")
                        : MB_TR_NOOP("mb::topology",
                                     "State needs 1, 3 or 5 nodes, not %1: quorum needs an odd number, "
                                     "and 5 is the most it is sized for."),
                    {n}, pointer);
            }
            break;
        }
    }

    /// `pointer` builds the value's pointer only when there is something to report, and a
    /// plan name found clean once is not checked again (thousands of per-node overrides).
    template <typename PointerFn> void checkPlan(const std::string &name, PointerFn pointer)
    {
        if (m_cleanPlans.contains(name))
            return;
        const std::size_t before = m_out.size();
        checkPlanNow(name, pointer());
        if (m_out.size() == before)
            m_cleanPlans.insert(name);
    }

    void checkPlanNow(const std::string &name, const std::string &pointer)
    {
        const auto resolution = m_c.resolve(name);
        if (!resolution) {
            add(Severity::Error, "unknown-plan",
                MB_TR_NOOP("mb::topology",
                           "Plan \"%1\" is unknown; run \"madbasectl plans\" to list the plans on offer."),
                {json::clipForMessage(name)}, pointer);
            return;
        }
        if (!resolution->legacyChain.empty()) {
            const LegacyPlan *first = resolution->legacyChain.front();
            add(Severity::Warning, "plan-deprecated",
                MB_TR_NOOP("mb::topology",
                           "Plan \"%1\" is deprecated (since %2, no longer sold after %3); its successor "
                           "\"%4\" (%5 vCPU, %6 GB RAM, %7 GB disk) will be used."),
                {json::clipForMessage(name), first->deprecated, first->unavailableAfter,
                 resolution->plan->name, std::to_string(resolution->plan->vcpu),
                 formatGb(resolution->plan->ramGb), std::to_string(resolution->plan->diskGb)},
                pointer);
        }
        if (m_locationKnown && !resolution->plan->offeredIn(m_t.location)) {
            std::string where;
            for (const auto &[location, price] : resolution->plan->prices)
                where += (where.empty() ? "" : ", ") + location;
            add(Severity::Error, "plan-not-in-location",
                MB_TR_NOOP("mb::topology",
                           "Plan \"%1\" is not offered in %2; it is sold in: %3. Pick another plan or "
                           "location."),
                {resolution->plan->name, m_t.location, where}, pointer);
        }
    }

    static std::string formatGb(double gb)
    {
        const auto whole = static_cast<long long>(gb);
        return static_cast<double>(whole) == gb ? std::to_string(whole) : std::to_string(gb);
    }

    const Topology &m_t;
    const PlanCatalogue &m_c;
    bool m_locationKnown = false;
    std::unordered_set<std::string> m_cleanPlans;
    std::vector<Diagnostic> m_out;
};

} // namespace

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

const std::vector<std::string_view> &ruleCodes()
{
    static const std::vector<std::string_view> codes{
        "name-not-dns-safe",     "unknown-provider",    "unknown-location", "cidr-invalid",
        "cidr-not-private",      "cidr-host-bits",      "cidr-too-small",   "safelist-empty",
        "safelist-cidr-invalid", "safelist-open-world", "pillar-missing",   "pillar-zone",
        "system-count",          "proxy-count",         "worker-count",     "state-count",
        "state-no-ha",           "unknown-plan",        "plan-deprecated",  "plan-not-in-location",
        "node-override-unused"};
    return codes;
}

std::vector<Diagnostic> validate(const Topology &topology, const PlanCatalogue &catalogue)
{
    return Checker(topology, catalogue).run();
}

bool hasErrors(const std::vector<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

bool isDnsSafeName(std::string_view name)
{
    if (name.empty() || name.size() > MaxNameLength)
        return false;
    if (name.front() < 'a' || name.front() > 'z' || name.back() == '-')
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

} // namespace mb::topology
