<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>mb::app</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::ctl::Ctl</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check topology documents against the kernel&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology documents (JSON) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a topology costs per pillar, per month and per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology document (JSON) to price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server plans, their sizes and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only plans offered in this location, with its prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success (for validate: no errors; warnings allowed)
  1  the document is invalid, or the operation failed
  2  bad command line, or a file could not be read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: madbasectl [--format text|json] COMMAND [ARGS...]

Design, price and check MadBase clusters from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --format text|json  Output format (default: text).
  -h, --help          Show this help; &quot;madbasectl COMMAND --help&quot; for a command.
  -v, --version       Show the version.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;madbasectl %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;madbasectl --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a value: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of &quot;%1&quot;: %2 prices in %3, %4 without VAT, taken %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local provider runs this cluster on this machine at no charge; the figures are what it would cost on Hetzner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PILLAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed hourly, capped at the monthly price. Traffic within the included volume is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>madbasectl: cannot price %1: unknown plan or not offered there; it is left out of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>madbasectl: the topology has %n error(s); run &quot;madbasectl validate %1&quot; to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server plans (%1 without VAT, prices taken %2; &quot;from&quot; is the lowest location price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server plans in %1 (%2 without VAT, prices taken %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy names (accepted with a warning, replaced by their successor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sold after %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::json</name>
    <message>
        <source>The file is empty: expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early; it looks truncated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object here, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be a string, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::topology</name>
    <message>
        <source>%1 × %2 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 × floating IPv4 in front of the proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; write it like &quot;3.49&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue format %1 is not supported; this build reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;locations&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price for unknown location &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy plan &quot;%1&quot; does not lead to a current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no &quot;server_types&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server type &quot;%1&quot; has a price that is not a decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server type %1 in the response is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name &quot;%1&quot; is not DNS-safe: use 1 to 40 lower-case letters, digits and &apos;-&apos;, starting with a letter (it prefixes every node&apos;s host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is unknown: use &quot;local&quot; (this machine) or &quot;hetzner&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; is unknown; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network in CIDR notation, like &quot;10.0.0.0/16&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 is not private address space: use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 has host bits set; it will be used as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 is too small: cloud networks need at least a /24 (256 addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 has room for %2 nodes but the topology has %3: use a larger range (a smaller prefix, like /16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH safelist is empty: no address can reach SSH on the public nodes. Add your office or VPN range to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH safelist entry &quot;%1&quot; is not a network in CIDR notation, like &quot;203.0.113.0/24&quot; or &quot;2001:db8::/32&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH safelist entry %1 lets the whole Internet try to log in to every public node; list only the ranges you administer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pillar is missing: every cluster needs System, Proxy, Worker and State. Add it to the %2 zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the public zone: it must be reachable from the Internet, and private nodes have no public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the private zone: it holds code or data that must never have a public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has its own plan but the %2 pillar has only %3 nodes; the override is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System needs exactly 1 node, not %1: it scales vertically only. Choose a bigger plan to give it more capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy needs 1 to 100 nodes, not %1: at least one must face the Internet, and the floating IP balances at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker needs at least 1 node, not %1: without one no function can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State has 1 node: no high availability. If it fails, the database and cache are down until it is back; use 3 nodes for failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes: with %1, one failure loses quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes, not %1: quorum needs an odd number, and 5 is the most it is sized for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is unknown; run &quot;madbasectl plans&quot; to list the plans on offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is deprecated (since %2, no longer sold after %3); its successor &quot;%4&quot; (%5 vCPU, %6 GB RAM, %7 GB disk) will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is not offered in %2; it is sold in: %3. Pick another plan or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node count of %1 is out of range (0 to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone &quot;%1&quot; is not a zone; use &quot;public&quot; or &quot;private&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node key &quot;%1&quot; must be a node number: 1, 2, 3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology format version %1 is not supported; this build reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
