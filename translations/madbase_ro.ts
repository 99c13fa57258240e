<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>CatalogueSnapshot</name>
    <message>
        <source>Cannot read the catalogue cache %1: %2</source>
        <translation>Nu se poate citi memoria cache a catalogului %1: %2</translation>
    </message>
    <message>
        <source>The catalogue cache %1 is larger than 8 MB.</source>
        <translation>Memoria cache a catalogului %1 depășește 8 MB.</translation>
    </message>
    <message>
        <source>The catalogue cache %1 cannot be used (at %2); it is fetched again at the next refresh.</source>
        <translation>Memoria cache a catalogului %1 nu poate fi folosită (la %2); este descărcată din nou la următoarea reîmprospătare.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter the project&apos;s API token first.</source>
        <translation>Introduceți mai întâi tokenul API al proiectului.</translation>
    </message>
    <message>
        <source>Connected. The project has no servers yet.</source>
        <translation>Conectat. Proiectul nu are încă niciun server.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The project has %n server(s).</source>
        <translation>
            <numerusform>Conectat. Proiectul are %n server.</numerusform>
            <numerusform>Conectat. Proiectul are %n servere.</numerusform>
            <numerusform>Conectat. Proiectul are %n de servere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the Hetzner API at %1. Check the network and the endpoint. (%2)</source>
        <translation>API-ul Hetzner de la %1 nu poate fi accesat. Verificați rețeaua și endpointul. (%2)</translation>
    </message>
    <message>
        <source>The token was refused: %1 Create a read &amp; write token in the Hetzner Console (Security → API tokens) and paste it here.</source>
        <translation>Tokenul a fost refuzat: %1 Creați un token de citire și scriere (read &amp; write) în Hetzner Console (Security → API tokens) și lipiți-l aici.</translation>
    </message>
    <message>
        <source>The project&apos;s API budget is spent for now (%1). Try again in a few minutes.</source>
        <translation>Bugetul API al proiectului este epuizat deocamdată (%1). Încercați din nou peste câteva minute.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>The secrets file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Fișierul de secrete %1 nu este un obiect JSON (%2 la octetul %3).</translation>
    </message>
    <message>
        <source>The secrets file %1 has an unknown version (at /version).</source>
        <translation>Fișierul de secrete %1 are o versiune necunoscută (la /version).</translation>
    </message>
    <message>
        <source>The secrets file %1 has no secrets object (at /secrets).</source>
        <translation>Fișierul de secrete %1 nu are un obiect de secrete (la /secrets).</translation>
    </message>
    <message>
        <source>The secrets file %1 has a value that is not a string (at /secrets/%2).</source>
        <translation>Fișierul de secrete %1 are o valoare care nu este un șir (la /secrets/%2).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the secrets file.</source>
        <translation>Nu se poate crea directorul %1 pentru fișierul de secrete.</translation>
    </message>
</context>
<context>
    <name>SshKeyPair</name>
    <message>
        <source>Cannot derive the public key of %1.</source>
        <translation>Nu se poate deriva cheia publică pentru %1.</translation>
    </message>
    <message>
        <source>Cannot write the public key of %1.</source>
        <translation>Nu se poate scrie cheia publică pentru %1.</translation>
    </message>
    <message>
        <source>Cannot compute the fingerprint of %1.</source>
        <translation>Nu se poate calcula amprenta pentru %1.</translation>
    </message>
    <message>
        <source>Cannot encode the private key for %1.</source>
        <translation>Nu se poate codifica cheia privată pentru %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the key.</source>
        <translation>Nu se poate crea directorul %1 pentru cheie.</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Nu există fișierul de cheie %1.</translation>
    </message>
    <message>
        <source>%1 is not a private SSH key that can be read without a passphrase.</source>
        <translation>%1 nu este o cheie SSH privată care poate fi citită fără frază de acces.</translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation>libssh nu a putut genera o cheie ed25519.</translation>
    </message>
</context>
<context>
    <name>mb::api</name>
    <message>
        <source>No cluster named &quot;%1&quot; is known here (looked for %2).</source>
        <translation>Niciun cluster numit „%1” nu este cunoscut aici (s-a căutat în %2).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nu se poate scrie %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be bootstrapped by this build yet; use &quot;local&quot;.</source>
        <translation>Furnizorul „%1” nu poate fi inițializat încă de această versiune; folosiți „local”.</translation>
    </message>
    <message>
        <source>The topology has no System pillar to bootstrap.</source>
        <translation>Topologia nu are un pilon System de inițializat.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is already up; connect to it instead.</source>
        <translation>Clusterul „%1” rulează deja; conectați-vă la el.</translation>
    </message>
    <message>
        <source>%1 is not reported by %2</source>
        <translation>%1 nu este raportat de %2</translation>
    </message>
    <message>
        <source>%1 on %2 is %3</source>
        <translation>%1 pe %2 este %3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 (%4)</source>
        <translation>%1 pe %2 este %3 (%4)</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Verificarea a fost anulată.</translation>
    </message>
    <message>
        <source>The control plane did not list the nodes (HTTP %1).</source>
        <translation>Planul de control nu a listat nodurile (HTTP %1).</translation>
    </message>
    <message>
        <source>no running Proxy node</source>
        <translation>niciun nod Proxy pornit</translation>
    </message>
    <message>
        <source>this machine keeps no CA for the cluster to pin</source>
        <translation>această mașină nu păstrează nicio CA a clusterului de fixat</translation>
    </message>
    <message>
        <source>HTTP 200 over TLS from %1</source>
        <translation>HTTP 200 prin TLS de la %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>passed the request to %1</source>
        <translation>a transmis cererea către %1</translation>
    </message>
    <message>
        <source>no answer from a worker</source>
        <translation>niciun răspuns de la un worker</translation>
    </message>
    <message>
        <source>hello on %1 failed: %2</source>
        <translation>hello pe %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>hello ran on %1</source>
        <translation>hello a rulat pe %1</translation>
    </message>
    <message>
        <source>no running State node</source>
        <translation>niciun nod State pornit</translation>
    </message>
    <message>
        <source>the State entry point refuses connections: %1</source>
        <translation>punctul de intrare al pilonului State refuză conexiunile: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is running; not reached</source>
        <translation>%1 pe %2 rulează; neatins</translation>
    </message>
    <message>
        <source>inserted row %1</source>
        <translation>rândul %1 inserat</translation>
    </message>
    <message>
        <source>counter is %1</source>
        <translation>contorul este %1</translation>
    </message>
    <message>
        <source>The clusters&apos; directory %1 is inside %2, which only its owner may enter: PostgreSQL and Redis run as their own users and could not reach their data. Choose a directory others may pass through, e.g. /var/lib/madbase/clusters (--root or MADBASE_ROOT).</source>
        <translation>Directorul clusterelor %1 se află în %2, în care poate intra doar proprietarul: PostgreSQL și Redis rulează ca utilizatori proprii și nu și-ar putea accesa datele. Alegeți un director prin care pot trece și alții, de ex. /var/lib/madbase/clusters (--root sau MADBASE_ROOT).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Nu s-a putut elimina %1: %2</translation>
    </message>
</context>
<context>
    <name>mb::app</name>
    <message>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertisment</translation>
    </message>
    <message>
        <source>info</source>
        <translation>notă</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>linia %1, coloana %2: </translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (la %1)</translation>
    </message>
    <message>
        <source>No answer from the control plane at %1: %2</source>
        <translation>Niciun răspuns de la planul de control la %1: %2</translation>
    </message>
    <message>
        <source>The control plane answered HTTP %1.</source>
        <translation>Planul de control a răspuns cu HTTP %1.</translation>
    </message>
    <message>
        <source>The control plane sent a reply that is not a JSON object: %1</source>
        <translation>Planul de control a trimis un răspuns care nu este un obiect JSON: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Nu se poate crea directorul %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
</context>
<context>
    <name>mb::app::SecretStore</name>
    <message>
        <source>the keychain gave no reason</source>
        <translation>keychain-ul nu a indicat niciun motiv</translation>
    </message>
    <message>
        <source>the keychain is switched off for this store</source>
        <translation>keychain-ul este dezactivat pentru acest depozit</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation>Un secret gol nu poate fi stocat.</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret: %1</source>
        <translation>Keychain-ul nu a șters secretul: %1</translation>
    </message>
</context>
<context>
    <name>mb::base</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>Another process (pid %1) already runs this node; %2 is locked.</source>
        <translation>Un alt proces (pid %1) rulează deja acest nod; %2 este blocat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cannot get random bytes from the kernel: %1</source>
        <translation>Nu se pot obține octeți aleatori de la kernel: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Nu se poate citi fișierul secret %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 has mode %2; others may read it. Run &quot;chmod 600 %1&quot;.</source>
        <translation>Fișierul secret %1 are modul %2; alți utilizatori îl pot citi. Rulați „chmod 600 %1”.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Fișierul secret %1 este gol.</translation>
    </message>
    <message>
        <source>This process already holds the lock on %1.</source>
        <translation>Acest proces deține deja blocarea pe %1.</translation>
    </message>
</context>
<context>
    <name>mb::ctl::Ctl</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Formatul ieșirii: text (implicit) sau json.</translation>
    </message>
    <message>
        <source>Check topology documents against the kernel&apos;s rules.</source>
        <translation>Verifică documentele de topologie după regulile nucleului.</translation>
    </message>
    <message>
        <source>Topology documents (JSON) to check.</source>
        <translation>Documentele de topologie (JSON) de verificat.</translation>
    </message>
    <message>
        <source>Show what a topology costs per pillar, per month and per hour.</source>
        <translation>Arată cât costă o topologie pe pilon, pe lună și pe oră.</translation>
    </message>
    <message>
        <source>Topology document (JSON) to price.</source>
        <translation>Documentul de topologie (JSON) pentru care se calculează costul.</translation>
    </message>
    <message>
        <source>List the server plans, their sizes and prices.</source>
        <translation>Listează planurile de server, cu dimensiunile și prețurile lor.</translation>
    </message>
    <message>
        <source>Show only plans offered in this location, with its prices.</source>
        <translation>Arată doar planurile oferite în această locație, cu prețurile de acolo.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success (for validate: no errors; warnings allowed)
  1  the document is invalid, or the operation failed
  2  bad command line, or a file could not be read
</source>
        <translation>Coduri de ieșire:
  0  succes (pentru validate: fără erori; avertismentele sunt permise)
  1  documentul nu este valid sau operația a eșuat
  2  linie de comandă greșită sau un fișier nu a putut fi citit
</translation>
    </message>
    <message>
        <source>Usage: madbasectl [--format text|json] COMMAND [ARGS...]

Design, price and check MadBase clusters from the command line.

Commands:
</source>
        <translation>Utilizare: madbasectl [--format text|json] COMMAND [ARGS...]

Proiectați, evaluați costul și verificați clustere MadBase din linia de comandă.

Comenzi:
</translation>
    </message>
    <message>
        <source>
Options:
  --format text|json  Output format (default: text).
  -h, --help          Show this help; &quot;madbasectl COMMAND --help&quot; for a command.
  -v, --version       Show the version.

</source>
        <translation>
Opțiuni:
  --format text|json  Formatul ieșirii (implicit: text).
  -h, --help          Afișează acest ajutor; „madbasectl COMMAND --help” pentru o comandă.
  -v, --version       Afișează versiunea.

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afișează acest ajutor.</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl %1 --help&quot; for usage.</source>
        <translation>Pentru instrucțiuni, rulați „madbasectl %1 --help”.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 necesită %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl --help&quot; for usage.</source>
        <translation>Pentru instrucțiuni, rulați „madbasectl --help”.</translation>
    </message>
    <message>
        <source>--format needs a value: text or json</source>
        <translation>--format necesită o valoare: text sau json</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comandă necunoscută „%1”</translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: it is a directory</source>
        <translation>madbasectl: nu se poate citi %1: este un director</translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: %2</source>
        <translation>madbasectl: nu se poate citi %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n eroare</numerusform>
            <numerusform>%n erori</numerusform>
            <numerusform>%n de erori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertisment</numerusform>
            <numerusform>%n avertismente</numerusform>
            <numerusform>%n de avertismente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n notă</numerusform>
            <numerusform>%n note</numerusform>
            <numerusform>%n de note</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>la %1</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: valid (%2)</translation>
    </message>
    <message>
        <source>%1: invalid (%2)</source>
        <translation>%1: nevalid (%2)</translation>
    </message>
    <message>
        <source>Cost of &quot;%1&quot;: %2 prices in %3, %4 without VAT, taken %5</source>
        <translation>Costul pentru „%1”: prețuri %2 în %3, %4 fără TVA, valabile la %5</translation>
    </message>
    <message>
        <source>The local provider runs this cluster on this machine at no charge; the figures are what it would cost on Hetzner.</source>
        <translation>Furnizorul local rulează gratuit acest cluster pe această mașină; cifrele arată cât ar costa pe Hetzner.</translation>
    </message>
    <message>
        <source>PILLAR</source>
        <translation>PILON</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>UNIT/MONTH</source>
        <translation>UNITATE/LUNĂ</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>PE LUNĂ</translation>
    </message>
    <message>
        <source>HOURLY</source>
        <translation>PE ORĂ</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rețea</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Billed hourly, capped at the monthly price. Traffic within the included volume is free.</source>
        <translation>Facturare pe oră, plafonată la prețul lunar. Traficul din volumul inclus este gratuit.</translation>
    </message>
    <message>
        <source>madbasectl: cannot price %1: unknown plan or not offered there; it is left out of the total.</source>
        <translation>madbasectl: nu există preț pentru %1: plan necunoscut sau neoferit acolo; este omis din total.</translation>
    </message>
    <message numerus="yes">
        <source>madbasectl: the topology has %n error(s); run &quot;madbasectl validate %1&quot; to see them.</source>
        <translation>
            <numerusform>madbasectl: topologia are %n eroare; rulați „madbasectl validate %1” pentru a o vedea.</numerusform>
            <numerusform>madbasectl: topologia are %n erori; rulați „madbasectl validate %1” pentru a le vedea.</numerusform>
            <numerusform>madbasectl: topologia are %n de erori; rulați „madbasectl validate %1” pentru a le vedea.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;; choose one of: %2</source>
        <translation>locație necunoscută „%1”; alegeți una dintre: %2</translation>
    </message>
    <message>
        <source>Server plans (%1 without VAT, prices taken %2; &quot;from&quot; is the lowest location price)</source>
        <translation>Planuri de server (%1 fără TVA, prețuri valabile la %2; „de la” este cel mai mic preț dintre locații)</translation>
    </message>
    <message>
        <source>Server plans in %1 (%2 without VAT, prices taken %3)</source>
        <translation>Planuri de server în %1 (%2 fără TVA, prețuri valabile la %3)</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>RAM GB</source>
        <translation>RAM GB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>DISC GB</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>ARH</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>FROM/MONTH</source>
        <translation>DE LA/LUNĂ</translation>
    </message>
    <message>
        <source>LOCATIONS</source>
        <translation>LOCAȚII</translation>
    </message>
    <message>
        <source>Legacy names (accepted with a warning, replaced by their successor):</source>
        <translation>Nume vechi (acceptate cu un avertisment, înlocuite de succesorul lor):</translation>
    </message>
    <message>
        <source>(not sold after %1)</source>
        <translation>(nu se mai vinde după %1)</translation>
    </message>
    <message>
        <source>madbasectl: %1 has errors; nothing was changed.</source>
        <translation>madbasectl: %1 conține erori; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot be bootstrapped by this build yet; use &quot;local&quot;.</source>
        <translation>furnizorul „%1” nu poate fi încă inițializat de această versiune; folosiți „local”.</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is already up; change it with &quot;madbasectl apply %2&quot;.</source>
        <translation>clusterul „%1” rulează deja; modificați-l cu „madbasectl apply %2”.</translation>
    </message>
    <message>
        <source>Bootstrapping cluster &quot;%1&quot; on this machine (local provider).</source>
        <translation>Se inițializează clusterul „%1” pe această mașină (furnizor local).</translation>
    </message>
    <message>
        <source>the System node did not answer within 30 s; see %1.</source>
        <translation>nodul System nu a răspuns în 30 s; consultați %1.</translation>
    </message>
    <message>
        <source>System node %1 is up at %2 (%3 ms).</source>
        <translation>Nodul System %1 rulează la %2 (%3 ms).</translation>
    </message>
    <message>
        <source>usage: madbasectl scale system|proxy|worker|state COUNT (got &quot;%1 %2&quot;)</source>
        <translation>utilizare: madbasectl scale system|proxy|worker|state COUNT (primit: „%1 %2”)</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;; see &quot;madbasectl plans&quot;.</source>
        <translation>plan necunoscut „%1”; consultați „madbasectl plans”.</translation>
    </message>
    <message>
        <source>resize %1 %2 → %3 (downtime ≈ %4)</source>
        <translation>redimensionare %1 %2 → %3 (întrerupere ≈ %4)</translation>
    </message>
    <message>
        <source>No changes: the System node already runs on %1.</source>
        <translation>Nicio modificare: nodul System rulează deja pe %1.</translation>
    </message>
    <message>
        <source>Resize the System node? The control plane is down while it restarts.</source>
        <translation>Redimensionați nodul System? Planul de control este indisponibil cât timp acesta repornește.</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Se oprește %1…</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl resize system %1&quot; again to finish.</source>
        <translation>Rulați din nou „madbasectl resize system %1” pentru a finaliza.</translation>
    </message>
    <message>
        <source>the System node did not come back within 60 s.</source>
        <translation>nodul System nu a revenit în 60 s.</translation>
    </message>
    <message>
        <source>System node resized %1 → %2; the control plane was down for %3 s (measured).</source>
        <translation>Nodul System a fost redimensionat %1 → %2; planul de control a fost indisponibil %3 s (măsurat).</translation>
    </message>
    <message>
        <source>Cluster %1 — control plane %2, %3</source>
        <translation>Cluster %1 — plan de control %2, %3</translation>
    </message>
    <message>
        <source>applying a plan</source>
        <translation>aplică un plan</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactiv</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NOD</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONĂ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STARE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SĂNĂTATE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESĂ</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>TIMP ACTIV</translation>
    </message>
    <message>
        <source>destroy %1 (%2, %3)</source>
        <translation>distrugere %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Every node of &quot;%1&quot; and all its data will be deleted.</source>
        <translation>Toate nodurile clusterului „%1” și toate datele lui vor fi șterse.</translation>
    </message>
    <message>
        <source>Destroy the cluster?</source>
        <translation>Distrugeți clusterul?</translation>
    </message>
    <message>
        <source>destroyed %1</source>
        <translation>%1 distrus</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is gone: no process or file of it is left.</source>
        <translation>Clusterul „%1” a fost eliminat: nu a mai rămas niciun proces sau fișier al lui.</translation>
    </message>
    <message>
        <source>no cluster is up here (%1); start one with &quot;madbasectl up FILE&quot;.</source>
        <translation>niciun cluster nu rulează aici (%1); porniți unul cu „madbasectl up FILE”.</translation>
    </message>
    <message>
        <source>several clusters are up here; name one with --cluster NAME.</source>
        <translation>aici rulează mai multe clustere; indicați unul cu --cluster NAME.</translation>
    </message>
    <message>
        <source>not changing anything: no terminal to ask on; add --yes to go ahead.</source>
        <translation>nu se modifică nimic: nu există un terminal pentru confirmare; adăugați --yes pentru a continua.</translation>
    </message>
    <message>
        <source>No changes: the cluster already matches the topology.</source>
        <translation>Nicio modificare: clusterul corespunde deja topologiei.</translation>
    </message>
    <message>
        <source>create %1 (%2, %3)</source>
        <translation>creare %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Plan: %1 to add, %2 to change, %3 to destroy.</source>
        <translation>Plan: %1 de adăugat, %2 de modificat, %3 de distrus.</translation>
    </message>
    <message>
        <source>Monthly cost: %1 → %2 %3 (%4)</source>
        <translation>Cost lunar: %1 → %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Cancelling: running steps finish, the rest are left for later…</source>
        <translation>Se anulează: pașii în curs se termină, restul rămân pentru mai târziu…</translation>
    </message>
    <message>
        <source>Stopped following. The control plane goes on; watch it with &quot;madbasectl events --follow&quot;.</source>
        <translation>Urmărirea s-a oprit. Planul de control continuă; urmăriți-l cu „madbasectl events --follow”.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing is half-done; run &quot;madbasectl apply&quot; to resume.</source>
        <translation>Anulat. Nimic nu a rămas făcut pe jumătate; rulați „madbasectl apply” pentru a relua.</translation>
    </message>
    <message>
        <source>The apply failed; fix the cause above, then run &quot;madbasectl apply&quot; to resume.</source>
        <translation>Aplicarea a eșuat; remediați cauza de mai sus, apoi rulați „madbasectl apply” pentru a relua.</translation>
    </message>
    <message>
        <source>Apply this plan?</source>
        <translation>Aplicați acest plan?</translation>
    </message>
    <message>
        <source>The cluster to work on (default: the only one).</source>
        <translation>Clusterul asupra căruia se lucrează (implicit: singurul existent).</translation>
    </message>
    <message>
        <source>Do not ask before changing the cluster.</source>
        <translation>Nu cere confirmare înainte de a modifica clusterul.</translation>
    </message>
    <message>
        <source>Bootstrap a cluster from a topology document and apply it.</source>
        <translation>Inițializează un cluster dintr-un document de topologie și îl aplică.</translation>
    </message>
    <message>
        <source>Topology document (JSON) of the cluster.</source>
        <translation>Documentul de topologie (JSON) al clusterului.</translation>
    </message>
    <message>
        <source>Show what applying the topology would change.</source>
        <translation>Arată ce ar modifica aplicarea topologiei.</translation>
    </message>
    <message>
        <source>New topology document (default: the current one).</source>
        <translation>Noul document de topologie (implicit: cel curent).</translation>
    </message>
    <message>
        <source>Make the cluster match the topology (and resume an interrupted apply).</source>
        <translation>Aduce clusterul în acord cu topologia (și reia o aplicare întreruptă).</translation>
    </message>
    <message>
        <source>Change a pillar&apos;s node count (state: 1, 3 or 5).</source>
        <translation>Schimbă numărul de noduri al unui pilon (state: 1, 3 sau 5).</translation>
    </message>
    <message>
        <source>proxy, worker or state.</source>
        <translation>proxy, worker sau state.</translation>
    </message>
    <message>
        <source>The new node count.</source>
        <translation>Noul număr de noduri.</translation>
    </message>
    <message>
        <source>Move a node or a whole pillar to another server plan.</source>
        <translation>Mută un nod sau un pilon întreg pe alt plan de server.</translation>
    </message>
    <message>
        <source>A node name, or a pillar (system, proxy, worker, state).</source>
        <translation>Un nume de nod sau un pilon (system, proxy, worker, state).</translation>
    </message>
    <message>
        <source>The new plan (see &quot;madbasectl plans&quot;).</source>
        <translation>Noul plan (vezi „madbasectl plans”).</translation>
    </message>
    <message>
        <source>Show the cluster&apos;s nodes, their health, plan and uptime.</source>
        <translation>Arată nodurile clusterului, cu starea, planul și timpul activ.</translation>
    </message>
    <message>
        <source>Show the cluster&apos;s events (with --follow, as they happen).</source>
        <translation>Arată evenimentele clusterului (cu --follow, pe măsură ce au loc).</translation>
    </message>
    <message>
        <source>Keep waiting for new events.</source>
        <translation>Așteaptă în continuare evenimente noi.</translation>
    </message>
    <message>
        <source>Only events after this sequence number.</source>
        <translation>Doar evenimentele de după acest număr de secvență.</translation>
    </message>
    <message>
        <source>Remove every node of the cluster and all its data.</source>
        <translation>Elimină toate nodurile clusterului și toate datele lui.</translation>
    </message>
    <message>
        <source>Usage: madbasectl %1 [options] %2</source>
        <translation>Utilizare: madbasectl %1 [opțiuni] %2</translation>
    </message>
    <message>
        <source>Not everything could be removed; fix the cause above and run &quot;madbasectl down&quot; again.</source>
        <translation>Nu totul a putut fi eliminat; remediați cauza de mai sus și rulați din nou „madbasectl down”.</translation>
    </message>
    <message>
        <source>The System node %1 was not running; it has been started again.</source>
        <translation>Nodul System %1 nu rula; a fost pornit din nou.</translation>
    </message>
    <message>
        <source>HOP</source>
        <translation>ETAPĂ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>REZULTAT</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENȚĂ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALIU</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>EȘUAT</translation>
    </message>
    <message>
        <source>madbasectl: check failed at %1: %2</source>
        <translation>madbasectl: verificarea a eșuat la %1: %2</translation>
    </message>
    <message>
        <source>Check passed: every hop answered.</source>
        <translation>Verificare reușită: fiecare etapă a răspuns.</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>COMPONENTĂ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation>REPORNIRI</translation>
    </message>
    <message>
        <source>crash loop: %1</source>
        <translation>buclă de prăbușiri: %1</translation>
    </message>
    <message>
        <source>cannot compare the nodes with the topology: %1</source>
        <translation>nodurile nu pot fi comparate cu topologia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes pending</source>
        <translation>
            <numerusform>%n modificare în așteptare</numerusform>
            <numerusform>%n modificări în așteptare</numerusform>
            <numerusform>%n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <source>The nodes differ from topology revision %1; &quot;madbasectl apply&quot; runs this plan:</source>
        <translation>Nodurile diferă de revizia de topologie %1; „madbasectl apply” rulează acest plan:</translation>
    </message>
    <message>
        <source>Send one request through the gateway to the hello function and show every hop it passed (gateway, worker, HAProxy, PostgreSQL, Redis).</source>
        <translation>Trimite o cerere prin gateway către funcția hello și arată fiecare etapă prin care a trecut (gateway, worker, HAProxy, PostgreSQL, Redis).</translation>
    </message>
    <message>
        <source>%1 refused its config, %2: %3 It keeps running the last good one.</source>
        <translation>%1 și-a refuzat configurația, %2: %3 Rulează în continuare cu ultima configurație bună.</translation>
    </message>
    <message>
        <source>%1 refused its config, %2 at %3: %4 It keeps running the last good one.</source>
        <translation>%1 și-a refuzat configurația, %2 la %3: %4 Rulează în continuare cu ultima configurație bună.</translation>
    </message>
    <message>
        <source>the plan was applied, but %1 cannot start (%2): %3 See &quot;madbasectl status&quot;.</source>
        <translation>planul a fost aplicat, dar %1 nu poate porni (%2): %3 Vezi „madbasectl status”.</translation>
    </message>
    <message>
        <source>it left no output.</source>
        <translation>nu a lăsat nicio ieșire.</translation>
    </message>
    <message>
        <source>Every component runs (%1).</source>
        <translation>Fiecare componentă rulează (%1).</translation>
    </message>
    <message>
        <source>the plan was applied, but after %1 these components are not running yet: %2. See &quot;madbasectl status&quot;.</source>
        <translation>planul a fost aplicat, dar după %1 aceste componente încă nu rulează: %2. Vezi „madbasectl status”.</translation>
    </message>
    <message>
        <source>the plan was applied, but the control plane did not list the nodes: %1</source>
        <translation>planul a fost aplicat, dar planul de control nu a listat nodurile: %1</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Se așteaptă %1.</translation>
    </message>
    <message>
        <source>Where clusters are kept (default: $MADBASE_ROOT, else /var/lib/madbase/clusters for root and ~/.local/share/madbase/clusters for others).</source>
        <translation>Unde sunt păstrate clusterele (implicit: $MADBASE_ROOT, altfel /var/lib/madbase/clusters pentru root și ~/.local/share/madbase/clusters pentru ceilalți).</translation>
    </message>
    <message>
        <source>Return when the apply ends, without waiting for the nodes&apos; components to run.</source>
        <translation>Revine când aplicarea se încheie, fără a aștepta ca componentele nodurilor să ruleze.</translation>
    </message>
    <message>
        <source>A PromQL query, e.g. &apos;up&apos; or &apos;rate(madbase_component_restarts_total[5m])&apos;.</source>
        <translation>O interogare PromQL, de ex. &apos;up&apos; sau &apos;rate(madbase_component_restarts_total[5m])&apos;.</translation>
    </message>
    <message>
        <source>usage: madbasectl metrics QUERY</source>
        <translation>utilizare: madbasectl metrics INTEROGARE</translation>
    </message>
    <message>
        <source>the query was refused: %1</source>
        <translation>interogarea a fost refuzată: %1</translation>
    </message>
    <message>
        <source>No series matches (metrics of a node that just joined arrive within 15 s).</source>
        <translation>Nicio serie nu se potrivește (metricile unui nod abia adăugat sosesc în 15 s).</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>SERIE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOARE</translation>
    </message>
    <message>
        <source>the System node did not answer within 30 s.</source>
        <translation>nodul System nu a răspuns în 30 s.</translation>
    </message>
    <message>
        <source>&quot;providers test&quot;: check the Hetzner Cloud token ($HCLOUD_TOKEN or --token-file) and list the project&apos;s servers.</source>
        <translation>„providers test”: verifică tokenul Hetzner Cloud ($HCLOUD_TOKEN sau --token-file) și listează serverele proiectului.</translation>
    </message>
    <message>
        <source>What to do (test).</source>
        <translation>Ce se face (test).</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: Hetzner&apos;s).</source>
        <translation>URL-ul de bază al API-ului (implicit: cel al Hetzner).</translation>
    </message>
    <message>
        <source>A file (mode 0600) holding the API token.</source>
        <translation>Un fișier (mod 0600) care conține tokenul API.</translation>
    </message>
    <message>
        <source>usage: madbasectl providers test</source>
        <translation>utilizare: madbasectl providers test</translation>
    </message>
    <message>
        <source>Query the cluster&apos;s metrics (PromQL, at this instant or over --range), e.g. madbasectl metrics up.</source>
        <translation>Interoghează metricile clusterului (PromQL, la momentul actual sau pe un --range), de ex. madbasectl metrics up.</translation>
    </message>
    <message>
        <source>A range query over this past span (30m, 1h, 7d).</source>
        <translation>O interogare pe interval pentru această perioadă trecută (30m, 1h, 7d).</translation>
    </message>
    <message>
        <source>The range query&apos;s step (default 15s).</source>
        <translation>Pasul interogării pe interval (implicit 15s).</translation>
    </message>
    <message>
        <source>Query the cluster&apos;s logs (LogQL), e.g. madbasectl logs &apos;{pillar=&quot;worker&quot;}&apos; --since 5m.</source>
        <translation>Interoghează jurnalele clusterului (LogQL), de ex. madbasectl logs &apos;{pillar=&quot;worker&quot;}&apos; --since 5m.</translation>
    </message>
    <message>
        <source>A LogQL query, e.g. &apos;{node=&quot;starter-worker-1&quot;} |= &quot;error&quot;&apos;.</source>
        <translation>O interogare LogQL, de ex. &apos;{node=&quot;starter-worker-1&quot;} |= &quot;error&quot;&apos;.</translation>
    </message>
    <message>
        <source>How far back (90s, 10m, 2h, 7d; default 1h).</source>
        <translation>Cât de departe în trecut (90s, 10m, 2h, 7d; implicit 1h).</translation>
    </message>
    <message>
        <source>The newest lines to print (default 100, at most 5000).</source>
        <translation>Numărul celor mai noi linii de afișat (implicit 100, cel mult 5000).</translation>
    </message>
    <message>
        <source>Every matching line, with no cap.</source>
        <translation>Toate liniile care se potrivesc, fără limită.</translation>
    </message>
    <message>
        <source>Then keep printing new lines as they arrive.</source>
        <translation>Apoi continuă să afișeze liniile noi pe măsură ce sosesc.</translation>
    </message>
    <message>
        <source>usage: madbasectl logs QUERY</source>
        <translation>utilizare: madbasectl logs INTEROGARE</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json or raw</source>
        <translation>format necunoscut „%1”: folosiți text, json sau raw</translation>
    </message>
    <message>
        <source>the control plane does not answer: %1</source>
        <translation>planul de control nu răspunde: %1</translation>
    </message>
    <message>
        <source>the log store is unavailable: %1</source>
        <translation>depozitul de jurnale nu este disponibil: %1</translation>
    </message>
    <message>
        <source>the control plane answered %1: %2</source>
        <translation>planul de control a răspuns %1: %2</translation>
    </message>
    <message>
        <source>the tail ended: %1</source>
        <translation>urmărirea s-a încheiat: %1</translation>
    </message>
    <message>
        <source>--since must be a duration such as 90s, 10m, 2h or 7d, not &quot;%1&quot;.</source>
        <translation>--since trebuie să fie o durată precum 90s, 10m, 2h sau 7d, nu „%1”.</translation>
    </message>
    <message>
        <source>--limit must be 1 to %1; --all prints every line.</source>
        <translation>--limit trebuie să fie între 1 și %1; --all afișează toate liniile.</translation>
    </message>
    <message>
        <source>--range must be a duration such as 30m, 1h or 7d, not &quot;%1&quot;.</source>
        <translation>--range trebuie să fie o durată precum 30m, 1h sau 7d, nu „%1”.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API at %1 accepts the token (%2 of %3 requests left this hour).</source>
        <translation>API-ul Hetzner Cloud de la %1 acceptă tokenul (au mai rămas %2 din %3 cereri în această oră).</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n server(s).</source>
        <translation>
            <numerusform>Proiectul are %n server.</numerusform>
            <numerusform>Proiectul are %n servere.</numerusform>
            <numerusform>Proiectul are %n de servere.</numerusform>
        </translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STARE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIP</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
</context>
<context>
    <name>mb::json</name>
    <message>
        <source>The file is empty: expected a JSON object.</source>
        <translation>Fișierul este gol: se aștepta un obiect JSON.</translation>
    </message>
    <message>
        <source>The file ends too early; it looks truncated (%1).</source>
        <translation>Fișierul se termină prea devreme; pare trunchiat (%1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Fișierul nu este JSON valid: %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un obiect</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tablou</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un șir</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>o valoare booleană</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un număr întreg</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>un număr cu zecimale</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>o valoare neacceptată</translation>
    </message>
    <message>
        <source>Expected an object here, found %1.</source>
        <translation>Aici se aștepta un obiect, dar s-a găsit %1.</translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing.</source>
        <translation>Lipsește cheia obligatorie „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>„%1” trebuie să fie %2, nu %3.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un număr întreg</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un număr</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true sau false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tablou de șiruri</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be a string, not %2.</source>
        <translation>Fiecare element din „%1” trebuie să fie un șir, nu %2.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Cheie necunoscută „%1”.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>Cheie necunoscută „%1”: ați vrut să scrieți „%2”?</translation>
    </message>
    <message>
        <source>The document is %1 bytes, more than the limit of %2 bytes; nothing past this point is read.</source>
        <translation>Documentul depășește limita de dimensiune (octeți: %1, limită: %2); nu se citește nimic după acest punct.</translation>
    </message>
    <message>
        <source>More than %1 entries in one array or object (the limit).</source>
        <translation>Un tablou sau un obiect depășește limita de elemente (%1).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in one object: first at line %2, column %3, again at line %4, column %5. Keep one of them.</source>
        <translation>Cheia „%1” apare de două ori în același obiect: prima dată la linia %2, coloana %3, apoi la linia %4, coloana %5. Păstrați doar una dintre ele.</translation>
    </message>
    <message>
        <source>A string of more than %1 bytes starts here (the limit).</source>
        <translation>Aici începe un șir mai lung decât limita (octeți: %1).</translation>
    </message>
    <message>
        <source>A number of more than %1 characters starts here (the limit).</source>
        <translation>Aici începe un număr mai lung decât limita (caractere: %1).</translation>
    </message>
    <message>
        <source>The number %1 is out of range: no number here can be larger than %2 in magnitude.</source>
        <translation>Numărul %1 este în afara intervalului: aici niciun număr nu poate fi mai mare decât %2 în valoare absolută.</translation>
    </message>
    <message>
        <source>Values nest more than %1 levels deep here (the limit).</source>
        <translation>Valorile sunt imbricate aici pe mai multe niveluri decât limita (%1).</translation>
    </message>
    <message>
        <source>The document could not be checked against the reading limits; it is refused.</source>
        <translation>Documentul nu a putut fi verificat după limitele de citire; este refuzat.</translation>
    </message>
    <message>
        <source>The file could not be read as JSON: %1.</source>
        <translation>Fișierul nu a putut fi citit ca JSON: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from %2 to %3, not %4.</source>
        <translation>„%1” trebuie să fie între %2 și %3, nu %4.</translation>
    </message>
</context>
<context>
    <name>mb::logs</name>
    <message>
        <source>The protobuf push body is malformed at byte %1: %2.</source>
        <translation>Corpul push protobuf este malformat la octetul %1: %2.</translation>
    </message>
    <message>
        <source>A label name is empty.</source>
        <translation>Un nume de etichetă este gol.</translation>
    </message>
    <message>
        <source>The label name is %1 bytes long, over the limit of %2.</source>
        <translation>Numele etichetei are %1 octeți, peste limita de %2.</translation>
    </message>
    <message>
        <source>The value of label %1 is %2 bytes long, over the limit of %3.</source>
        <translation>Valoarea etichetei %1 are %2 octeți, peste limita de %3.</translation>
    </message>
    <message>
        <source>A stream has no labels: Loki needs at least one.</source>
        <translation>Un flux nu are etichete: Loki are nevoie de cel puțin una.</translation>
    </message>
    <message>
        <source>A stream has %1 labels, over the limit of %2.</source>
        <translation>Un flux are %1 etichete, peste limita de %2.</translation>
    </message>
    <message>
        <source>The timestamp &quot;%1&quot; is not a whole number of unix nanoseconds in range.</source>
        <translation>Marca de timp „%1” nu este un număr întreg de nanosecunde unix în interval.</translation>
    </message>
    <message>
        <source>An entry must be [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;] or [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;, {metadata}].</source>
        <translation>O intrare trebuie să fie [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;] sau [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;, {metadata}].</translation>
    </message>
    <message>
        <source>The timestamp must be a string of unix nanoseconds.</source>
        <translation>Marca de timp trebuie să fie un șir de nanosecunde unix.</translation>
    </message>
    <message>
        <source>The line must be a string.</source>
        <translation>Linia trebuie să fie un șir.</translation>
    </message>
    <message>
        <source>The line is %1 bytes long, over the limit of %2.</source>
        <translation>Linia are %1 octeți, peste limita de %2.</translation>
    </message>
    <message>
        <source>Structured metadata must be an object of strings.</source>
        <translation>Metadatele structurate trebuie să fie un obiect de șiruri.</translation>
    </message>
    <message>
        <source>Structured metadata values must be strings.</source>
        <translation>Valorile metadatelor structurate trebuie să fie șiruri.</translation>
    </message>
    <message>
        <source>The push body is %1 bytes, over the limit of %2.</source>
        <translation>Corpul push are %1 octeți, peste limita de %2.</translation>
    </message>
    <message>
        <source>A JSON push body is {&quot;streams&quot;:[…]}.</source>
        <translation>Un corp push JSON este {&quot;streams&quot;:[…]}.</translation>
    </message>
    <message>
        <source>A stream needs a &quot;stream&quot; object of labels.</source>
        <translation>Un flux are nevoie de un obiect „stream” cu etichete.</translation>
    </message>
    <message>
        <source>Label values must be strings.</source>
        <translation>Valorile etichetelor trebuie să fie șiruri.</translation>
    </message>
    <message>
        <source>A stream needs a &quot;values&quot; array.</source>
        <translation>Un flux are nevoie de un tablou „values”.</translation>
    </message>
    <message>
        <source>The label string is malformed at character %1: %2.</source>
        <translation>Șirul de etichete este malformat la caracterul %1: %2.</translation>
    </message>
    <message>
        <source>The push body is not snappy block-compressed protobuf (its length header is unreadable).</source>
        <translation>Corpul push nu este protobuf comprimat în blocuri snappy (antetul de lungime nu poate fi citit).</translation>
    </message>
    <message>
        <source>The push body decompresses to %1 bytes, over the limit of %2.</source>
        <translation>Corpul push se decomprimă la %1 octeți, peste limita de %2.</translation>
    </message>
    <message>
        <source>The push body is corrupt snappy data.</source>
        <translation>Corpul push conține date snappy corupte.</translation>
    </message>
    <message>
        <source>the query is %1 bytes long, over the limit of %2</source>
        <translation>interogarea are %1 octeți, peste limita de %2</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3</source>
        <translation>eroare de analiză la linia %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unexpected %3, expecting %4</source>
        <translation>eroare de analiză la linia %1, coloana %2: eroare de sintaxă: %3 neașteptat, se aștepta %4</translation>
    </message>
    <message>
        <source>the regular expression is %1 bytes long, over the limit of %2</source>
        <translation>expresia regulată are %1 octeți, peste limita de %2</translation>
    </message>
    <message>
        <source>the regular expression compiles to more than %1 bytes</source>
        <translation>expresia regulată compilată depășește %1 octeți</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: invalid regular expression: %3</source>
        <translation>eroare de analiză la linia %1, coloana %2: expresie regulată nevalidă: %3</translation>
    </message>
    <message>
        <source>the selector has more than %1 matchers</source>
        <translation>selectorul are mai mult de %1 potriviri</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: a stream selector needs at least one matcher</source>
        <translation>eroare de analiză la linia %1, coloana %2: eroare de sintaxă: un selector de flux are nevoie de cel puțin o potrivire</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: queries require at least one regexp or equality matcher that does not have an empty-compatible value</source>
        <translation>eroare de analiză la linia %1, coloana %2: interogările au nevoie de cel puțin o potrivire regex sau de egalitate care nu acceptă valoarea goală</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 is not a number, a duration or a size</source>
        <translation>eroare de analiză la linia %1, coloana %2: %3 nu este un număr, o durată sau o dimensiune</translation>
    </message>
    <message>
        <source>nesting is deeper than %1</source>
        <translation>imbricarea este mai adâncă de %1</translation>
    </message>
    <message>
        <source>the line_format template is %1 bytes long, over the limit of %2</source>
        <translation>șablonul line_format are %1 octeți, peste limita de %2</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: the line_format template has an unclosed {{</source>
        <translation>eroare de analiză la linia %1, coloana %2: șablonul line_format are un {{ neînchis</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: the line_format template action {{%3}} is not supported: only {{.label}} is</source>
        <translation>eroare de analiză la linia %1, coloana %2: acțiunea {{%3}} a șablonului line_format nu este acceptată, doar {{.label}}</translation>
    </message>
    <message>
        <source>the pipeline has more than %1 stages</source>
        <translation>pipeline-ul are mai mult de %1 etape</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 is not a positive duration</source>
        <translation>eroare de analiză la linia %1, coloana %2: %3 nu este o durată pozitivă</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 needs a metric query such as count_over_time({…}[5m]), not a log query</source>
        <translation>eroare de analiză la linia %1, coloana %2: %3 are nevoie de o interogare de metrici precum count_over_time({…}[5m]), nu de o interogare de jurnal</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unknown function %3 (count_over_time, rate, bytes_over_time, bytes_rate, sum, count, min, max, avg are supported)</source>
        <translation>eroare de analiză la linia %1, coloana %2: eroare de sintaxă: funcție necunoscută %3 (sunt acceptate count_over_time, rate, bytes_over_time, bytes_rate, sum, count, min, max, avg)</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: a string is not closed</source>
        <translation>eroare de analiză la linia %1, coloana %2: un șir nu este închis</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: invalid escape \%3 in a string (write \\ for a backslash)</source>
        <translation>eroare de analiză la linia %1, coloana %2: secvență de escape nevalidă \%3 într-un șir (scrieți \\ pentru o bară inversă)</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unexpected character %3</source>
        <translation>eroare de analiză la linia %1, coloana %2: eroare de sintaxă: caracter neașteptat %3</translation>
    </message>
    <message>
        <source>maximum number of series (%1) reached for a single query; narrow the selector or aggregate with sum by (…)</source>
        <translation>numărul maxim de serii (%1) pentru o singură interogare a fost atins; restrângeți selectorul sau agregați cu sum by (…)</translation>
    </message>
    <message>
        <source>exceeded maximum resolution of %1 points per time series; increase the step or shorten the range</source>
        <translation>rezoluția maximă de %1 puncte pe serie a fost depășită; măriți pasul sau scurtați intervalul</translation>
    </message>
    <message>
        <source>The log store %1 has a line index, but this SQLite has no FTS5 to keep it.</source>
        <translation>Depozitul de jurnale %1 are un index de linii, dar acest SQLite nu are FTS5 pentru a-l întreține.</translation>
    </message>
    <message>
        <source>a tail takes a log query, not a metric query</source>
        <translation>un tail primește o interogare de jurnal, nu una de metrici</translation>
    </message>
    <message>
        <source>The push body&apos;s Content-Encoding %1 cannot be inflated.</source>
        <translation>Conținutul push cu Content-Encoding %1 nu poate fi decomprimat.</translation>
    </message>
    <message>
        <source>The %1 push body cannot be inflated: zlib did not start.</source>
        <translation>Conținutul push %1 nu poate fi decomprimat: zlib nu a pornit.</translation>
    </message>
    <message>
        <source>The %1 push body inflates to more than the limit of %2 bytes.</source>
        <translation>Conținutul push %1 decomprimat depășește limita de %2 octeți.</translation>
    </message>
    <message>
        <source>The %1 push body is corrupt or truncated at byte %2 of %3.</source>
        <translation>Conținutul push %1 este corupt sau trunchiat la octetul %2 din %3.</translation>
    </message>
</context>
<context>
    <name>mb::net</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 nu a răspuns în %2 s.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Nu se poate conecta la %1: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2.</source>
        <translation>Conexiunea cu %1 s-a întrerupt: %2.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Conexiunea TLS cu %1 a eșuat: %2.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large.</source>
        <translation>Răspunsul de la %1 este prea mare.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>Cererea către %1 a eșuat: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare a request to %1.</source>
        <translation>Nu se poate pregăti o cerere către %1.</translation>
    </message>
    <message>
        <source>Cannot make the cluster&apos;s TLS certificates (%1): %2</source>
        <translation>Certificatele TLS ale clusterului nu pot fi create (%1): %2</translation>
    </message>
</context>
<context>
    <name>mb::plan</name>
    <message>
        <source>Plan %1 was replaced by a newer plan; make a new plan and apply that.</source>
        <translation>Planul %1 a fost înlocuit de un plan mai nou; creați un plan nou și aplicați-l pe acela.</translation>
    </message>
    <message>
        <source>Plan %1 in the store does not match its hash.</source>
        <translation>Planul %1 din depozit nu corespunde hash-ului său.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 a fost anulat.</translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s list of nodes (yet).</source>
        <translation>%1 nu este (încă) în lista de noduri a furnizorului.</translation>
    </message>
    <message>
        <source>%1 did not become healthy within %2 s; check its logs, then apply again.</source>
        <translation>%1 nu a devenit funcțional în %2 s; verificați-i jurnalele, apoi aplicați din nou.</translation>
    </message>
    <message>
        <source>%1 was down for %2 s during its resize (estimated %3 s).</source>
        <translation>%1 a fost indisponibil %2 s în timpul redimensionării (estimat: %3 s).</translation>
    </message>
    <message>
        <source>Creating %1 (%2, %3).</source>
        <translation>Se creează %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Bootstrapping %1.</source>
        <translation>Se inițializează %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 to become healthy.</source>
        <translation>Se așteaptă ca %1 să devină funcțional.</translation>
    </message>
    <message>
        <source>Draining %1.</source>
        <translation>Se golește %1 de sarcini.</translation>
    </message>
    <message>
        <source>Deleting %1.</source>
        <translation>Se șterge %1.</translation>
    </message>
    <message>
        <source>Stopping %1 to resize it.</source>
        <translation>Se oprește %1 pentru redimensionare.</translation>
    </message>
    <message>
        <source>Changing the plan of %1 from %2 to %3.</source>
        <translation>Se schimbă planul lui %1 din %2 în %3.</translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation>Se pornește %1.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>S-a creat %1.</translation>
    </message>
    <message>
        <source>Bootstrapped %1.</source>
        <translation>S-a inițializat %1.</translation>
    </message>
    <message>
        <source>%1 is healthy.</source>
        <translation>%1 este funcțional.</translation>
    </message>
    <message>
        <source>Drained %1.</source>
        <translation>S-a golit %1 de sarcini.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>S-a șters %1.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>S-a oprit %1.</translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation>%1 rulează acum pe %2.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>S-a pornit %1.</translation>
    </message>
    <message>
        <source>Resuming plan %1: %2 of %3 actions already done.</source>
        <translation>Se reia planul %1: acțiuni deja efectuate: %2 din %3.</translation>
    </message>
    <message>
        <source>Applying plan %1: %2 actions.</source>
        <translation>Se aplică planul %1 (acțiuni: %2).</translation>
    </message>
    <message>
        <source>%1 already exists; it is not created again.</source>
        <translation>%1 există deja; nu este creat din nou.</translation>
    </message>
    <message>
        <source>%1: found already done (%2); not done again.</source>
        <translation>%1: deja efectuat (%2); nu se repetă.</translation>
    </message>
    <message>
        <source>%1 failed (%2); retrying in %3 ms (attempt %4 of %5).</source>
        <translation>%1 a eșuat (%2); se reîncearcă în %3 ms (încercarea %4 din %5).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Plan %1 applied: %2 actions done.</source>
        <translation>Planul %1 a fost aplicat (acțiuni efectuate: %2).</translation>
    </message>
    <message>
        <source>Plan %1 cancelled with %2 of %3 actions done; apply it again to resume.</source>
        <translation>Planul %1 a fost anulat (acțiuni efectuate: %2 din %3); aplicați-l din nou pentru a relua.</translation>
    </message>
    <message>
        <source>Plan %1 stopped with actions left that cannot start.</source>
        <translation>Planul %1 s-a oprit: au rămas acțiuni care nu pot începe.</translation>
    </message>
    <message>
        <source>Plan %1 stopped: %2 failed (%3 of %4 actions done). Fix the cause and apply it again to resume.</source>
        <translation>Planul %1 s-a oprit: %2 a eșuat (acțiuni efectuate: %3 din %4). Remediați cauza și aplicați-l din nou pentru a relua.</translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot;.</source>
        <translation>Tip de acțiune necunoscut „%1”.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;.</source>
        <translation>Pilon necunoscut „%1”.</translation>
    </message>
    <message>
        <source>&quot;actions&quot; must be an array.</source>
        <translation>„actions” trebuie să fie un tablou.</translation>
    </message>
    <message>
        <source>Plan format version %1 is not supported (this build reads version %2).</source>
        <translation>Versiunea %1 a formatului de plan nu este acceptată (această versiune citește versiunea %2).</translation>
    </message>
    <message>
        <source>Action %1 depends on %2, which is not an earlier action of the plan.</source>
        <translation>Acțiunea %1 depinde de %2, care nu este o acțiune anterioară din plan.</translation>
    </message>
    <message>
        <source>Action id %1 appears twice.</source>
        <translation>ID-ul de acțiune %1 apare de două ori.</translation>
    </message>
    <message>
        <source>The plan&apos;s hash does not match its actions: it was changed.</source>
        <translation>Hash-ul planului nu corespunde acțiunilor sale: planul a fost modificat.</translation>
    </message>
    <message>
        <source>+ create %1 (%2, %3)</source>
        <translation>+ creare %1 (%2, %3)</translation>
    </message>
    <message>
        <source>- destroy %1 (%2, %3)</source>
        <translation>- distrugere %1 (%2, %3)</translation>
    </message>
    <message>
        <source>~ resize %1 (%2) %3 → %4 (downtime ≈ %5 s)</source>
        <translation>~ redimensionare %1 (%2) %3 → %4 (întrerupere ≈ %5 s)</translation>
    </message>
    <message>
        <source>~ start %1 (%2, found stopped)</source>
        <translation>~ pornire %1 (%2, găsit oprit)</translation>
    </message>
    <message>
        <source>No changes: the cluster matches the topology. Monthly cost: %1 %2</source>
        <translation>Nicio modificare: clusterul corespunde topologiei. Cost lunar: %1 %2</translation>
    </message>
    <message>
        <source>Plan: %1 to add, %2 to change, %3 to destroy. Monthly cost: %4 → %5 %6 (%7)</source>
        <translation>Plan: %1 de adăugat, %2 de modificat, %3 de distrus. Cost lunar: %4 → %5 %6 (%7)</translation>
    </message>
</context>
<context>
    <name>mb::providers</name>
    <message>
        <source>Nothing to start.</source>
        <translation>Nimic de pornit.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Build it, or point the local provider at the directory holding the madbase daemons.</source>
        <translation>Nu se poate rula %1: %2. Compilați-l sau indicați furnizorului local directorul care conține daemonii madbase.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Nu se poate porni %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nu se poate citi %1.</translation>
    </message>
    <message>
        <source>Node record %1 is damaged: %2</source>
        <translation>Înregistrarea de nod %1 este deteriorată: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>No free loopback port left between %1 and %2 for cluster %3.</source>
        <translation>Nu a mai rămas niciun port loopback liber între %1 și %2 pentru clusterul %3.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nu se poate crea %1: %2</translation>
    </message>
    <message>
        <source>The daemon settings for %1 are not JSON: %2</source>
        <translation>Setările daemonului pentru %1 nu sunt JSON: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Nu se poate elimina %1: %2</translation>
    </message>
    <message>
        <source>Node %1 does not exist.</source>
        <translation>Nodul %1 nu există.</translation>
    </message>
    <message>
        <source>Node %1 must be stopped before its plan changes.</source>
        <translation>Nodul %1 trebuie oprit înainte de schimbarea planului.</translation>
    </message>
    <message>
        <source>Cluster %1 still has %2 nodes.</source>
        <translation>Clusterul %1 mai are noduri (%2).</translation>
    </message>
    <message>
        <source>Cannot start a daemon for %1: the path holds a tab or a line break.</source>
        <translation>Nu se poate porni un daemon pentru %1: calea conține un caracter tab sau un sfârșit de rând.</translation>
    </message>
    <message>
        <source>Cannot start %1: its spawn server did not answer (%2).</source>
        <translation>%1 nu poate fi pornit: serverul său de pornire nu a răspuns (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name for %2&apos;s data directory.</source>
        <translation>„%1” nu este un nume de fișier pentru directorul de date al lui %2.</translation>
    </message>
    <message>
        <source>The local provider needs the clusters&apos; directory and the directory of the daemons.</source>
        <translation>Furnizorul local are nevoie de directorul clusterelor și de directorul daemonilor.</translation>
    </message>
    <message>
        <source>No Hetzner Cloud API token: set HCLOUD_TOKEN, or keep it in a file only you can read (mode 0600) and name that file.</source>
        <translation>Nu există un token API Hetzner Cloud: setați HCLOUD_TOKEN sau păstrați-l într-un fișier pe care doar dumneavoastră îl puteți citi (mod 0600) și indicați acel fișier.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is unknown: use &quot;local&quot; (this machine) or &quot;hetzner&quot;.</source>
        <translation>Furnizorul „%1” este necunoscut: folosiți „local” (această mașină) sau „hetzner”.</translation>
    </message>
    <message>
        <source>%1 should hold the node ports as FIRST-LAST, between 1024 and 32767 (for example 20000-20099), not &quot;%2&quot;.</source>
        <translation>%1 trebuie să conțină porturile nodurilor ca PRIMUL-ULTIMUL, între 1024 și 32767 (de exemplu 20000-20099), nu &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>mb::providers::hetzner</name>
    <message>
        <source>The Hetzner API&apos;s answer to %1 is not what it documents: %2 (at %3).</source>
        <translation>Răspunsul API-ului Hetzner la %1 nu este cel documentat: %2 (la %3).</translation>
    </message>
    <message>
        <source>%1 did not happen within %2 s.</source>
        <translation>%1 nu s-a produs în %2 s.</translation>
    </message>
    <message>
        <source>Expected a list of IDs, found %1.</source>
        <translation>Se aștepta o listă de ID-uri, s-a găsit %1.</translation>
    </message>
    <message>
        <source>Expected an ID, found %1.</source>
        <translation>Se aștepta un ID, s-a găsit %1.</translation>
    </message>
    <message>
        <source>Expected a list, found %1.</source>
        <translation>Se aștepta o listă, s-a găsit %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status (running, success, error).</source>
        <translation>„%1” nu este o stare de acțiune (running, success, error).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server status.</source>
        <translation>„%1” nu este o stare de server.</translation>
    </message>
    <message>
        <source>The Hetzner API did not answer %1: %2</source>
        <translation>API-ul Hetzner nu a răspuns la %1: %2</translation>
    </message>
    <message>
        <source>The Hetzner API&apos;s answer to %1 cannot be read: %2.</source>
        <translation>Răspunsul API-ului Hetzner la %1 nu poate fi citit: %2.</translation>
    </message>
    <message>
        <source>The Hetzner API answered %1 with HTTP %2 and no error body it documents.</source>
        <translation>API-ul Hetzner a răspuns la %1 cu HTTP %2, fără un corp de eroare documentat.</translation>
    </message>
    <message>
        <source>The Hetzner API refused %1: %2 (%3, HTTP %4).</source>
        <translation>API-ul Hetzner a refuzat %1: %2 (%3, HTTP %4).</translation>
    </message>
    <message>
        <source>Server %1 has no labels to be found by.</source>
        <translation>Serverul %1 nu are etichete după care să poată fi găsit.</translation>
    </message>
    <message>
        <source>Hetzner action %1 (%2) failed: %3 (%4).</source>
        <translation>Acțiunea Hetzner %1 (%2) a eșuat: %3 (%4).</translation>
    </message>
    <message>
        <source>Hetzner action %1 is not known to the API.</source>
        <translation>Acțiunea Hetzner %1 nu este cunoscută de API.</translation>
    </message>
    <message>
        <source>Server %1 no longer exists.</source>
        <translation>Serverul %1 nu mai există.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1” nu este o dată (AAAA-LL-ZZ).</translation>
    </message>
    <message>
        <source>Server type &quot;%1&quot; in %2 has an unavailable_after that is not an RFC 3339 time: &quot;%3&quot;.</source>
        <translation>Tipul de server „%1” din %2 are un unavailable_after care nu este o oră RFC 3339: „%3”.</translation>
    </message>
    <message>
        <source>Server type &quot;%1&quot; has a price in %2 that is not a decimal number from 0 to 100000.</source>
        <translation>Tipul de server „%1” are în %2 un preț care nu este un număr zecimal între 0 și 100000.</translation>
    </message>
    <message>
        <source>The answer has no &quot;server_types&quot; list.</source>
        <translation>Răspunsul nu conține lista „server_types”.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no server labelled as node %2.</source>
        <translation>Clusterul „%1” nu are niciun server etichetat ca nodul %2.</translation>
    </message>
    <message>
        <source>Node %1 must be stopped before its plan can change (it is %2).</source>
        <translation>Nodul %1 trebuie oprit înainte de a i se putea schimba planul (starea actuală: %2).</translation>
    </message>
</context>
<context>
    <name>mb::ssh</name>
    <message>
        <source>libssh could not %1 an ed25519 key.</source>
        <translation>libssh nu a putut %1 o cheie ed25519.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nu s-a putut scrie %1.</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH private key.</source>
        <translation>%1 nu este o cheie privată OpenSSH.</translation>
    </message>
    <message>
        <source>Could not start an SSH session to %1.</source>
        <translation>Nu s-a putut porni o sesiune SSH către %1.</translation>
    </message>
    <message>
        <source>Could not reach %1 over SSH.</source>
        <translation>%1 nu a putut fi accesat prin SSH.</translation>
    </message>
    <message>
        <source>%1 showed no host key.</source>
        <translation>%1 nu a prezentat nicio cheie de gazdă.</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one it was created with (expected %2, it showed %3): it may not be that server. Nothing was sent or run there.</source>
        <translation>Cheia de gazdă a %1 nu este cea cu care a fost creat (se aștepta %2, a prezentat %3): este posibil să nu fie acel server. Nu s-a trimis și nu s-a rulat nimic acolo.</translation>
    </message>
    <message>
        <source>%1 refused the cluster&apos;s SSH key.</source>
        <translation>%1 a refuzat cheia SSH a clusterului.</translation>
    </message>
    <message>
        <source>Could not open a tunnel to %1.</source>
        <translation>Nu s-a putut deschide un tunel către %1.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host.</source>
        <translation>%1 nu a putut fi accesat prin gazda de salt.</translation>
    </message>
    <message>
        <source>Could not run a command on %1.</source>
        <translation>Nu s-a putut rula o comandă pe %1.</translation>
    </message>
    <message>
        <source>The connection to %1 broke.</source>
        <translation>Conexiunea cu %1 s-a întrerupt.</translation>
    </message>
    <message>
        <source>A command on %1 failed with exit status %2.</source>
        <translation>O comandă pe %1 a eșuat cu codul de ieșire %2.</translation>
    </message>
    <message>
        <source>%1 offers no SFTP.</source>
        <translation>%1 nu oferă SFTP.</translation>
    </message>
    <message>
        <source>Could not write %1 on %2.</source>
        <translation>Nu s-a putut scrie %1 pe %2.</translation>
    </message>
    <message>
        <source>%1 did not arrive intact on %2 (SHA-256 %3 expected, %4 found).</source>
        <translation>%1 nu a ajuns intact pe %2 (SHA-256 așteptat %3, găsit %4).</translation>
    </message>
</context>
<context>
    <name>mb::store</name>
    <message>
        <source>The database %1 is busy: another process holds a lock on it. Try again, or stop the other program using it.</source>
        <translation>Baza de date %1 este ocupată: alt proces o ține blocată. Încercați din nou sau opriți celălalt program care o folosește.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the database reached its size limit): free some space and try again. Nothing was written.</source>
        <translation>Discul pe care se află %1 este plin (sau baza de date a atins limita de dimensiune): eliberați spațiu și încercați din nou. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a MadBase database: move it aside and restore it from a backup.</source>
        <translation>%1 este deteriorat sau nu este o bază de date MadBase: mutați-l deoparte și restaurați-l dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: check that the directory exists and that you may write to it.</source>
        <translation>Nu se poate deschide %1 pentru scriere: verificați că directorul există și că aveți drept de scriere în el.</translation>
    </message>
    <message>
        <source>A database operation on %1 failed; see the details.</source>
        <translation>O operație asupra bazei de date %1 a eșuat; consultați detaliile.</translation>
    </message>
    <message>
        <source>Cannot open the database %1; see the details.</source>
        <translation>Nu se poate deschide baza de date %1; consultați detaliile.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed): move it aside and restore it from a backup.</source>
        <translation>%1 este deteriorat (verificarea integrității a eșuat): mutați-l deoparte și restaurați-l dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>%1 was written by a newer MadBase (schema %2; this build knows up to %3). Upgrade MadBase to open it.</source>
        <translation>%1 a fost scris de o versiune mai nouă de MadBase (schema %2; această versiune cunoaște până la %3). Actualizați MadBase pentru a-l deschide.</translation>
    </message>
    <message>
        <source>There is no topology revision %1.</source>
        <translation>Nu există revizia de topologie %1.</translation>
    </message>
    <message>
        <source>Plan %1 has no action %2 in the journal.</source>
        <translation>Planul %1 nu are acțiunea %2 în jurnal.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>Nu există planul %1.</translation>
    </message>
</context>
<context>
    <name>mb::studio</name>
    <message>
        <source>%1 / month</source>
        <translation>%1 / lună</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GB RAM · %3 GB disk</source>
        <translation>%1 vCPU · %2 GB RAM · %3 GB disc</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GB</source>
        <translation>%1 vCPU · %2 GB</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Control plane, metrics</source>
        <translation>Plan de control, metrici</translation>
    </message>
    <message>
        <source>Public API gateway</source>
        <translation>Gateway API public</translation>
    </message>
    <message>
        <source>Function runtime</source>
        <translation>Mediu de rulare a funcțiilor</translation>
    </message>
    <message>
        <source>PostgreSQL and Redis</source>
        <translation>PostgreSQL și Redis</translation>
    </message>
    <message>
        <source>Public zone</source>
        <translation>Zona publică</translation>
    </message>
    <message>
        <source>Private zone</source>
        <translation>Zona privată</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>Local (această mașină)</translation>
    </message>
    <message>
        <source>Hetzner Cloud</source>
        <translation>Hetzner Cloud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>chiar acum</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>acum %n s</numerusform>
            <numerusform>acum %n s</numerusform>
            <numerusform>acum %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>acum %n min</numerusform>
            <numerusform>acum %n min</numerusform>
            <numerusform>acum %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>acum %n h</numerusform>
            <numerusform>acum %n h</numerusform>
            <numerusform>acum %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>debug</source>
        <translation>depanare</translation>
    </message>
    <message>
        <source>info</source>
        <translation>notă</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertisment</translation>
    </message>
    <message>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>The log answer is malformed: %1</source>
        <translation>Răspunsul pentru jurnale este malformat: %1</translation>
    </message>
    <message>
        <source>expected streams, got &quot;%1&quot;</source>
        <translation>se așteptau fluxuri, s-a primit „%1”</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The metrics answer is malformed at %1.</source>
        <translation>Răspunsul pentru metrici este malformat la %1.</translation>
    </message>
    <message>
        <source>byte %1 (%2)</source>
        <translation>octetul %1 (%2)</translation>
    </message>
    <message>
        <source>The control plane answered HTTP %1.</source>
        <translation>Planul de control a răspuns cu HTTP %1.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nu există conexiune la un cluster.</translation>
    </message>
</context>
<context>
    <name>mb::studio::ActivityModel</name>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>în așteptare</translation>
    </message>
</context>
<context>
    <name>mb::studio::ActivityPanel</name>
    <message>
        <source>Nothing is being applied.</source>
        <translation>Nu se aplică nimic.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>Stop after the steps under way; the rest can be applied later.</source>
        <translation>Oprire după pașii în curs; restul se poate aplica mai târziu.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Se aplică…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>Aplicat. %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Oprit: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 din %2 pași</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>mb::studio::CatalogueOrigin</name>
    <message>
        <source>Prices from the Hetzner API (project %1), fetched %2 UTC, VAT excluded.</source>
        <translation>Prețuri din API-ul Hetzner (proiectul %1), preluate la %2 UTC, fără TVA.</translation>
    </message>
    <message>
        <source>Prices from the list built into Studio, as of %1, VAT excluded.</source>
        <translation>Prețuri din lista integrată în Studio, valabile la %1, fără TVA.</translation>
    </message>
</context>
<context>
    <name>mb::studio::CheckDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Rulează din nou</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Check the Cluster</source>
        <translation>Verificarea clusterului</translation>
    </message>
    <message>
        <source>Check Cluster %1</source>
        <translation>Verificarea clusterului %1</translation>
    </message>
    <message>
        <source>One request through the gateway to the hello function, which writes to Redis and PostgreSQL through the State entry point: every hop with its result and latency, as madbasectl check shows them.</source>
        <translation>O cerere prin gateway către funcția hello, care scrie în Redis și PostgreSQL prin intrarea State: fiecare etapă cu rezultatul și latența ei, așa cum le arată madbasectl check.</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Etape</translation>
    </message>
    <message>
        <source>%v of %m hops</source>
        <translation>%v din %m etape</translation>
    </message>
    <message>
        <source>Checking the cluster…</source>
        <translation>Se verifică clusterul…</translation>
    </message>
    <message>
        <source>The check could not run: not connected to a cluster.</source>
        <translation>Verificarea nu a putut rula: nu există conexiune la un cluster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Verificarea nu a putut rula.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Verificare anulată.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Verificarea nu a putut rula: %1</translation>
    </message>
    <message>
        <source>Check failed at %1: %2</source>
        <translation>Verificarea a eșuat la %1: %2</translation>
    </message>
    <message>
        <source>Check passed: every hop answered.</source>
        <translation>Verificare reușită: fiecare etapă a răspuns.</translation>
    </message>
</context>
<context>
    <name>mb::studio::CheckHopsModel</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>State entry (HAProxy)</source>
        <translation>Intrarea State (HAProxy)</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>reușit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>neatins</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>în așteptare…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>neexecutat</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latență</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaliu</translation>
    </message>
</context>
<context>
    <name>mb::studio::ClusterConnection</name>
    <message>
        <source>Looking for cluster %1…</source>
        <translation>Se caută clusterul %1…</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Se reîncearcă: %1</translation>
    </message>
    <message>
        <source>Waiting for the control plane at %1…</source>
        <translation>Se așteaptă planul de control la %1…</translation>
    </message>
    <message>
        <source>Not connected to the cluster&apos;s control plane.</source>
        <translation>Nu există conexiune cu planul de control al clusterului.</translation>
    </message>
    <message>
        <source>Studio restarts the System node itself; the control plane is away meanwhile.</source>
        <translation>Studio repornește singur nodul System; între timp planul de control nu răspunde.</translation>
    </message>
    <message>
        <source>That plan is no longer the reviewed one; review the changes again.</source>
        <translation>Planul nu mai este cel revizuit; revizuiți din nou modificările.</translation>
    </message>
    <message>
        <source>Stopping %1 to resize it.</source>
        <translation>Se oprește %1 pentru redimensionare.</translation>
    </message>
    <message>
        <source>Resizing the System node failed: %1</source>
        <translation>Redimensionarea nodului System a eșuat: %1</translation>
    </message>
    <message>
        <source>%1 now runs on %2; waiting for its control plane.</source>
        <translation>%1 rulează acum pe %2; se așteaptă planul de control.</translation>
    </message>
    <message>
        <source>%1 is healthy.</source>
        <translation>%1 este funcțional.</translation>
    </message>
    <message>
        <source>The System node was resized.</source>
        <translation>Nodul System a fost redimensionat.</translation>
    </message>
</context>
<context>
    <name>mb::studio::ClusterInspector</name>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>lower-case letters, digits and -</source>
        <translation>litere mici, cifre și -</translation>
    </message>
    <message>
        <source>Prefixes every node&apos;s host name, so it must be a DNS label.</source>
        <translation>Prefixează numele de gazdă al fiecărui nod, deci trebuie să fie o etichetă DNS.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The private network every node joins (RFC 1918, at least a /24).</source>
        <translation>Rețeaua privată la care se conectează fiecare nod (RFC 1918, cel puțin un /24).</translation>
    </message>
    <message>
        <source>Networks allowed to reach SSH on the public nodes. Double-click to edit.</source>
        <translation>Rețelele care pot accesa SSH pe nodurile publice. Faceți dublu clic pentru a edita.</translation>
    </message>
    <message>
        <source>203.0.113.0/24</source>
        <translation>203.0.113.0/24</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Furnizor:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locație:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rețea:</translation>
    </message>
    <message>
        <source>SSH safelist</source>
        <translation>Lista de acces SSH</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Cost lunar</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Total pe lună</translation>
    </message>
    <message>
        <source>Not priced (not offered here): %1.</source>
        <translation>Fără preț (neoferit aici): %1.</translation>
    </message>
    <message>
        <source>The local provider runs on this machine at no cost; these are the Hetzner prices for the same design.</source>
        <translation>Furnizorul local rulează gratuit pe această mașină; acestea sunt prețurile Hetzner pentru același proiect.</translation>
    </message>
    <message>
        <source>Refresh &amp;prices from Hetzner</source>
        <translation>Reîmprospătează &amp;prețurile de la Hetzner</translation>
    </message>
</context>
<context>
    <name>mb::studio::Dashboards</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Memorie utilizată</translation>
    </message>
    <message>
        <source>Disk used (fullest filesystem)</source>
        <translation>Disc utilizat (cel mai plin sistem de fișiere)</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Rețea – intrare</translation>
    </message>
    <message>
        <source>Network out</source>
        <translation>Rețea – ieșire</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>Încărcare (1 min)</translation>
    </message>
    <message>
        <source>Daemon up</source>
        <translation>Daemon activ</translation>
    </message>
    <message>
        <source>Component restarts</source>
        <translation>Reporniri ale componentelor</translation>
    </message>
    <message>
        <source>HAProxy requests</source>
        <translation>Cereri HAProxy</translation>
    </message>
    <message>
        <source>HAProxy 5xx responses</source>
        <translation>Răspunsuri HAProxy 5xx</translation>
    </message>
    <message>
        <source>HAProxy sessions</source>
        <translation>Sesiuni HAProxy</translation>
    </message>
    <message>
        <source>Worker requests (at the proxies)</source>
        <translation>Cereri Worker (la proxy-uri)</translation>
    </message>
</context>
<context>
    <name>mb::studio::DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adăugare %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminare %1</translation>
    </message>
    <message>
        <source>Set %1 node count to %2</source>
        <translation>Setare număr de noduri %1 la %2</translation>
    </message>
    <message>
        <source>Change %1 plan to %2</source>
        <translation>Schimbare plan %1 în %2</translation>
    </message>
    <message>
        <source>Set %1 node %2 plan to %3</source>
        <translation>Setare plan %3 pentru nodul %2 din %1</translation>
    </message>
    <message>
        <source>Reset %1 node %2 to the pillar plan</source>
        <translation>Readucere nod %2 din %1 la planul pilonului</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mutare %1</translation>
    </message>
    <message>
        <source>Rename cluster to %1</source>
        <translation>Redenumire cluster în %1</translation>
    </message>
    <message>
        <source>Change provider to %1</source>
        <translation>Schimbare furnizor în %1</translation>
    </message>
    <message>
        <source>Change location to %1</source>
        <translation>Schimbare locație în %1</translation>
    </message>
    <message>
        <source>Change network to %1</source>
        <translation>Schimbare rețea în %1</translation>
    </message>
    <message>
        <source>Edit SSH safelist</source>
        <translation>Editare listă de acces SSH</translation>
    </message>
</context>
<context>
    <name>mb::studio::DesignerScene</name>
    <message>
        <source>The cluster already has its System node. System scales vertically: choose a bigger plan on its card.</source>
        <translation>Clusterul are deja nodul System. System se scalează vertical: alegeți un plan mai mare pe cardul său.</translation>
    </message>
    <message>
        <source>The cluster already has a %1 pillar: use + on its card to add nodes.</source>
        <translation>Clusterul are deja un pilon %1: folosiți + pe cardul său pentru a adăuga noduri.</translation>
    </message>
    <message>
        <source>Drop %1 into the %2.</source>
        <translation>Plasați %1 în %2.</translation>
    </message>
    <message>
        <source>%1 belongs in the public zone: it must be reachable from the Internet, and private nodes have no public IP.</source>
        <translation>%1 trebuie să fie în zona publică: trebuie să fie accesibil din Internet, iar nodurile private nu au IP public.</translation>
    </message>
    <message>
        <source>%1 belongs in the private zone: it holds code or data that must never have a public IP.</source>
        <translation>%1 trebuie să fie în zona privată: conține cod sau date care nu trebuie să aibă niciodată un IP public.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Cluster fără nume</translation>
    </message>
    <message>
        <source>network %1 · %2</source>
        <translation>rețea %1 · %2</translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation>DMZ</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Nucleu</translation>
    </message>
    <message>
        <source>Reachable from the Internet. Every node has a public IPv4; SSH only from the safelist.</source>
        <translation>Accesibilă din Internet. Fiecare nod are un IPv4 public; SSH doar din lista de acces.</translation>
    </message>
    <message>
        <source>Cluster network only. No public IP; outbound traffic goes through NAT.</source>
        <translation>Doar rețeaua clusterului. Fără IP public; traficul de ieșire trece prin NAT.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>trafic</translation>
    </message>
    <message>
        <source>monitoring (metrics, logs)</source>
        <translation>monitorizare (metrici, jurnale)</translation>
    </message>
</context>
<context>
    <name>mb::studio::DesignerView</name>
    <message>
        <source>%1  —  %2  —  %3</source>
        <translation>%1  —  %2  —  %3</translation>
    </message>
    <message>
        <source>%1  —  %2  —  not offered in %3</source>
        <translation>%1  —  %2  —  neoferit în %3</translation>
    </message>
</context>
<context>
    <name>mb::studio::DocumentIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Fișierul %1 nu există.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Nu se poate citi %1: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a topology document is at most %3 MB. Is it the right file?</source>
        <translation>%1 are %2 MB; un document de topologie are cel mult %3 MB. Este fișierul corect?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nu se poate scrie %1: %2.</translation>
    </message>
</context>
<context>
    <name>mb::studio::FileController</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Fișierul nu a putut fi citit.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Nu s-a putut deschide %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(și încă %n problemă)</numerusform>
            <numerusform>(și încă %n probleme)</numerusform>
            <numerusform>(și încă %n de probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open design is unchanged.</source>
        <translation>Proiectul deschis rămâne neschimbat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n rule(s); see Problems. It cannot be applied until they are fixed.</source>
        <translation>
            <numerusform>%1 încalcă %n regulă; consultați Probleme. Nu poate fi aplicat până la remedierea ei.</numerusform>
            <numerusform>%1 încalcă %n reguli; consultați Probleme. Nu poate fi aplicat până la remedierea lor.</numerusform>
            <numerusform>%1 încalcă %n de reguli; consultați Probleme. Nu poate fi aplicat până la remedierea lor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nu se poate scrie %1: %2.</translation>
    </message>
    <message>
        <source>Cluster diagram made with MadBase Studio</source>
        <translation>Diagramă de cluster realizată cu MadBase Studio</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Deschidere proiect</translation>
    </message>
    <message>
        <source>Topology documents (*.json);;All files (*)</source>
        <translation>Documente de topologie (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Salvare proiect ca</translation>
    </message>
    <message>
        <source>Topology documents (*.json)</source>
        <translation>Documente de topologie (*.json)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exportare diagramă ca PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exportare diagramă ca SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagini SVG (*.svg)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvați modificările din %1?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Dacă nu salvați, modificările se pierd.</translation>
    </message>
    <message>
        <source>%1 is a bundled example: it opened as a new design, and Save asks where to keep it.</source>
        <translation>%1 este un exemplu inclus: s-a deschis ca proiect nou, iar la salvare vi se cere unde să fie păstrat.</translation>
    </message>
</context>
<context>
    <name>mb::studio::HetznerServersModel</name>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>IPv4 public</translation>
    </message>
</context>
<context>
    <name>mb::studio::LabelBrowser</name>
    <message>
        <source>Log labels</source>
        <translation>Etichete de jurnal</translation>
    </message>
    <message>
        <source>Label values</source>
        <translation>Valorile etichetei</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etichete</translation>
    </message>
    <message>
        <source>&amp;Values (click to add to the selector)</source>
        <translation>&amp;Valori (clic pentru a adăuga la selector)</translation>
    </message>
</context>
<context>
    <name>mb::studio::LiveCatalogue</name>
    <message>
        <source>Add a Hetzner project and its token in Preferences → Providers to fetch live prices.</source>
        <translation>Adăugați un proiect Hetzner și tokenul său în Preferințe → Furnizori pentru a prelua prețurile actuale.</translation>
    </message>
    <message>
        <source>No Hetzner project has a token yet: enter one in Preferences → Providers.</source>
        <translation>Niciun proiect Hetzner nu are încă un token: introduceți unul în Preferințe → Furnizori.</translation>
    </message>
    <message>
        <source>The prices were not refreshed: %1</source>
        <translation>Prețurile nu au fost reîmprospătate: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>More than %1 lines share the timestamp %2; export them with a larger page.</source>
        <translation>Peste %1 linii au marcajul de timp %2; exportați-le cu o pagină mai mare.</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogTail</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nu există conexiune la un cluster.</translation>
    </message>
    <message>
        <source>Connection lost, retrying in %1 s: %2</source>
        <translation>Conexiune pierdută, reîncercare în %1 s: %2</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogVolumeHistogram</name>
    <message>
        <source>Lines per level over time; drag across it to look at that range</source>
        <translation>Linii pe nivel în timp; trageți peste grafic pentru a vedea acel interval</translation>
    </message>
    <message>
        <source>Log volume</source>
        <translation>Volum de jurnale</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogsView</name>
    <message>
        <source>&amp;Only matching lines</source>
        <translation>D&amp;oar liniile care se potrivesc</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>Înc&amp;adrare</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>LogQL, e.g. {node=&quot;worker-1&quot;} |= &quot;error&quot;</source>
        <translation>LogQL, de ex. {node=&quot;worker-1&quot;} |= &quot;error&quot;</translation>
    </message>
    <message>
        <source>LogQL query</source>
        <translation>Interogare LogQL</translation>
    </message>
    <message>
        <source>Search in the lines</source>
        <translation>Căutare în linii</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>În &amp;direct</translation>
    </message>
    <message>
        <source>Follow new lines as they come</source>
        <translation>Urmărește liniile noi pe măsură ce sosesc</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Linii de jurnal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>Line details</source>
        <translation>Detaliile liniei</translation>
    </message>
    <message>
        <source>Select a line to see its labels.</source>
        <translation>Selectați o linie pentru a-i vedea etichetele.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>%L1 lines</source>
        <translation>%L1 linii</translation>
    </message>
    <message>
        <source>Export cancelled; the partial file was removed.</source>
        <translation>Export anulat; fișierul parțial a fost eliminat.</translation>
    </message>
    <message>
        <source>Exported %L1 lines.</source>
        <translation>Linii exportate: %L1.</translation>
    </message>
    <message>
        <source>No lines in this range.</source>
        <translation>Nicio linie în acest interval.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reia</translation>
    </message>
    <message>
        <source>%L1 lines shown</source>
        <translation>Linii afișate: %L1</translation>
    </message>
    <message>
        <source>%L1 dropped from the window (it keeps %L2)</source>
        <translation>%L1 eliminate din fereastră (aceasta păstrează %L2)</translation>
    </message>
    <message>
        <source>%L1 dropped by the server</source>
        <translation>%L1 eliminate de server</translation>
    </message>
    <message>
        <source>paused: %L1 new lines held; scroll to the end or Resume</source>
        <translation>în pauză: %L1 linii noi reținute; derulați până la capăt sau alegeți Reia</translation>
    </message>
    <message>
        <source>following</source>
        <translation>urmărire</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>se conectează…</translation>
    </message>
    <message>
        <source>Time: %1 (%2 ns)
</source>
        <translation>Timp: %1 (%2 ns)
</translation>
    </message>
    <message>
        <source>Export all matching lines</source>
        <translation>Exportă toate liniile care se potrivesc</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Fișiere text (*.txt *.log);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Anulează e&amp;xportul</translation>
    </message>
</context>
<context>
    <name>mb::studio::MainWindow</name>
    <message>
        <source>Designer canvas</source>
        <translation>Planșa de proiectare</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvat: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportat: %1</translation>
    </message>
    <message>
        <source>Drag a pillar into its zone on the canvas, or select it and press Enter. Pillars the cluster already has are greyed out.</source>
        <translation>Trageți un pilon în zona lui de pe planșă sau selectați-l și apăsați Enter. Pilonii pe care clusterul îi are deja sunt estompați.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paletă</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Afișează panoul Probleme</translation>
    </message>
    <message>
        <source>%1[*] — MadBase Studio</source>
        <translation>%1[*] — MadBase Studio</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Cluster fără nume</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Runs on this machine at no cost; these are the Hetzner prices for the same design.</source>
        <translation>Rulează gratuit pe această mașină; acestea sunt prețurile Hetzner pentru același proiect.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nicio problemă</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Neconectat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Conexiune pierdută, se reîncearcă…</translation>
    </message>
    <message>
        <source>Connect to a cluster from the Cluster menu.</source>
        <translation>Conectați-vă la un cluster din meniul Cluster.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectează…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Deconectează</translation>
    </message>
    <message>
        <source>Could not compute the plan: %1</source>
        <translation>Planul nu a putut fi calculat: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Noduri</translation>
    </message>
    <message numerus="yes">
        <source>The design breaks %n rule(s). Fix them (see Problems) before reviewing changes.</source>
        <translation>
            <numerusform>Proiectul încalcă %n regulă. Remediați problema (vezi Probleme) înainte de a revizui modificările.</numerusform>
            <numerusform>Proiectul încalcă %n reguli. Remediați problemele (vezi Probleme) înainte de a revizui modificările.</numerusform>
            <numerusform>Proiectul încalcă %n de reguli. Remediați problemele (vezi Probleme) înainte de a revizui modificările.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Se calculează planul…</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Se finalizează salvarea înainte de închidere…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Starter Cluster</source>
        <translation>Cluster &amp;inițial</translation>
    </message>
    <message>
        <source>A new design from the starter template</source>
        <translation>Un proiect nou din șablonul inițial</translation>
    </message>
    <message>
        <source>&amp;Production Cluster</source>
        <translation>Cluster de &amp;producție</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A new design from the production template</source>
        <translation>Un proiect nou din șablonul de producție</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>Open a topology document</source>
        <translation>Deschide un document de topologie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Salvează proiectul</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvează c&amp;a…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the design under a new name</source>
        <translation>Salvează proiectul sub un nume nou</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exportă ca &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the diagram as an image</source>
        <translation>Salvează diagrama ca imagine</translation>
    </message>
    <message>
        <source>Export as S&amp;VG…</source>
        <translation>Exportă ca S&amp;VG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the diagram as a vector drawing</source>
        <translation>Salvează diagrama ca desen vectorial</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close MadBase Studio</source>
        <translation>Închide MadBase Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Anulează ultima modificare</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Anulează: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Refă modificarea tocmai anulată</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refă: %1</translation>
    </message>
    <message>
        <source>&amp;Remove Pillar</source>
        <translation>&amp;Elimină pilonul</translation>
    </message>
    <message>
        <source>Remove the selected pillar from the design</source>
        <translation>Elimină pilonul selectat din proiect</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Deselectează</translation>
    </message>
    <message>
        <source>Clear the selection and show the cluster&apos;s settings</source>
        <translation>Golește selecția și afișează setările clusterului</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Mărește</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Mărește planșa</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Micș&amp;orează</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Micșorează planșa</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Potrivește în &amp;fereastră</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole cluster</source>
        <translation>Afișează tot clusterul</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Mărime &amp;reală</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoom la 100%</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Ecran &amp;complet</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Folosește tot ecranul</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adaugă %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+%1</source>
        <translation>Ctrl+Shift+%1</translation>
    </message>
    <message>
        <source>Add the %1 pillar to the %2</source>
        <translation>Adaugă pilonul %1 în %2</translation>
    </message>
    <message>
        <source>Scale &amp;Up</source>
        <translation>Scalează în &amp;sus</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Add nodes to the selected pillar (state: 1 → 3 → 5)</source>
        <translation>Adaugă noduri la pilonul selectat (state: 1 → 3 → 5)</translation>
    </message>
    <message>
        <source>Scale &amp;Down</source>
        <translation>Scalează în &amp;jos</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Remove nodes from the selected pillar</source>
        <translation>Elimină noduri din pilonul selectat</translation>
    </message>
    <message>
        <source>Change &amp;Plan…</source>
        <translation>Schimbă &amp;planul…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Choose a bigger or smaller plan for the selected pillar</source>
        <translation>Alege un plan mai mare sau mai mic pentru pilonul selectat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Bootstrap this cluster or connect to its control plane</source>
        <translation>Inițializează acest cluster sau se conectează la planul său de control</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>&amp;Revizuiește modificările…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>See every action and the cost difference before applying the design</source>
        <translation>Arată fiecare acțiune și diferența de cost înainte de aplicarea proiectului</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferințe…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Language and other settings</source>
        <translation>Limba și alte setări</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scurtături de tastatură</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Toate acțiunile și tastele lor</translation>
    </message>
    <message>
        <source>&amp;About MadBase Studio</source>
        <translation>&amp;Despre MadBase Studio</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versiune și licență</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;Nou din șablon</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Export Diagram</source>
        <translation>&amp;Exportă diagrama</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Add Pillar</source>
        <translation>&amp;Adaugă pilon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Bara principală</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+rotița mouse-ului</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Deplasare</translation>
    </message>
    <message>
        <source>Middle button, or Space+drag</source>
        <translation>Butonul din mijloc sau Spațiu+tragere</translation>
    </message>
    <message>
        <source>About MadBase Studio</source>
        <translation>Despre MadBase Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MadBase Studio %1&lt;/h3&gt;&lt;p&gt;Design, provision, scale and watch MadBase clusters.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MadBase Studio %1&lt;/h3&gt;&lt;p&gt;Proiectați, provizionați, scalați și monitorizați clustere MadBase.&lt;/p&gt;&lt;p&gt;Licențiat sub GNU GPL, versiunea 3 sau ulterioară. Construit cu Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Show Its Pillar</source>
        <translation>Afișare pilon</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copiere adresă</translation>
    </message>
    <message>
        <source>Change This Node&apos;s Plan</source>
        <translation>Schimbare plan pentru acest nod</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3 GB)</source>
        <translation>%1 (%2 vCPU, %3 GB)</translation>
    </message>
    <message>
        <source>%1 will move to %2: review the changes to apply it.</source>
        <translation>%1 va trece la %2: revizuiți modificările pentru a aplica.</translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n changes pending</source>
        <translation>
            <numerusform>Conectat · %n modificare în așteptare</numerusform>
            <numerusform>Conectat · %n modificări în așteptare</numerusform>
            <numerusform>Conectat · %n de modificări în așteptare</numerusform>
        </translation>
    </message>
    <message>
        <source>The nodes differ from the cluster&apos;s topology; applying runs:</source>
        <translation>Nodurile diferă de topologia clusterului; aplicarea rulează:</translation>
    </message>
    <message>
        <source>C&amp;heck…</source>
        <translation>&amp;Verifică…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Send a request through every hop of the running cluster and show each result</source>
        <translation>Trimite o cerere prin fiecare etapă a clusterului pornit și arată fiecare rezultat</translation>
    </message>
    <message>
        <source>Show Metrics</source>
        <translation>Afișează metricile</translation>
    </message>
    <message>
        <source>Show Logs</source>
        <translation>Afișează jurnalele</translation>
    </message>
</context>
<context>
    <name>mb::studio::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Închide acest mesaj</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Închide mesajul</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
</context>
<context>
    <name>mb::studio::MetricsChart</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>mb::studio::MetricsDashboard</name>
    <message>
        <source>No data: not connected to a cluster.</source>
        <translation>Nu există date: nu există conexiune la un cluster.</translation>
    </message>
    <message>
        <source>No data: the metrics store does not answer (%1)</source>
        <translation>Nu există date: depozitul de metrici nu răspunde (%1)</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>Nu există date: %1</translation>
    </message>
    <message>
        <source>No data in this time range.</source>
        <translation>Nu există date în acest interval de timp.</translation>
    </message>
    <message>
        <source>No data: no such series in the last 7 days.</source>
        <translation>Nu există date: nu există o astfel de serie în ultimele 7 zile.</translation>
    </message>
</context>
<context>
    <name>mb::studio::MetricsView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tablou de bord</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablou de bord</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Interogare</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afișare:</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Pilon: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nod: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodeDetailsPane</name>
    <message>
        <source>running</source>
        <translation>rulează</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>pornește</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>se repornește</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nesănătos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprit</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>încheiat</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>neinstalat</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sănătos</translation>
    </message>
    <message>
        <source>unhealthy: missed heartbeats</source>
        <translation>nesănătos: semnale de viață ratate</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>se creează</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>se șterge</translation>
    </message>
    <message>
        <source>Select a node to see its details and the software it runs.</source>
        <translation>Selectați un nod pentru a vedea detaliile lui și software-ul pe care îl rulează.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation>Pilon:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Ultimul semnal de viață:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componentă</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reporniri</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none needed: it runs the control plane</source>
        <translation>niciunul necesar: rulează planul de control</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>niciunul încă</translation>
    </message>
    <message>
        <source>No component reported yet.</source>
        <translation>Nicio componentă raportată încă.</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodePlansModel</name>
    <message>
        <source>Not deployed: the pillar&apos;s node count is %1, so this override is not used.</source>
        <translation>Neimplementat: numărul de noduri al pilonului este %1, deci acest plan propriu nu se folosește.</translation>
    </message>
    <message>
        <source>This node&apos;s own plan. Double-click to change it or go back to the pillar plan.</source>
        <translation>Planul propriu al acestui nod. Faceți dublu clic pentru a-l schimba sau pentru a reveni la planul pilonului.</translation>
    </message>
    <message>
        <source>The pillar&apos;s plan. Double-click to give this node its own.</source>
        <translation>Planul pilonului. Faceți dublu clic pentru a da acestui nod un plan propriu.</translation>
    </message>
    <message>
        <source>%1 (not deployed)</source>
        <translation>%1 (neimplementat)</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>neoferit</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pe lună</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodesModel</name>
    <message>
        <source>running</source>
        <translation>rulează</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>se creează</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>se șterge</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilon</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zonă</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Timp activ</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 din %2 rulează</translation>
    </message>
    <message>
        <source> · %1 is %2</source>
        <translation> · %1 are starea %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3, restarts: %4</source>
        <translation>%1 (%2): %3, reporniri: %4</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>fără rol</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>missed heartbeats</source>
        <translation>semnale de viață ratate</translation>
    </message>
</context>
<context>
    <name>mb::studio::ObserveDocks</name>
    <message>
        <source>Metrics</source>
        <translation>Metrici</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Jurnale</translation>
    </message>
</context>
<context>
    <name>mb::studio::PaletteWidget</name>
    <message>
        <source>Drag a pillar into its zone on the canvas, or press Enter to add it there.</source>
        <translation>Trageți un pilon în zona lui de pe planșă sau apăsați Enter pentru a-l adăuga acolo.</translation>
    </message>
    <message>
        <source>%1
on the canvas</source>
        <translation>%1
pe planșă</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The cluster already has %1.</source>
        <translation>Clusterul are deja %1.</translation>
    </message>
    <message>
        <source>%1 — %2. Drag it into the %3.</source>
        <translation>%1 — %2. Trageți-l în %3.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PillarCard</name>
    <message>
        <source>unknown plan</source>
        <translation>plan necunoscut</translation>
    </message>
    <message>
        <source>not priced in %1</source>
        <translation>fără preț în %1</translation>
    </message>
    <message>
        <source>Problems: %1 (see the Problems panel)</source>
        <translation>Probleme: %1 (vezi panoul Probleme)</translation>
    </message>
    <message>
        <source>Add nodes: %1 → %2</source>
        <translation>Adaugă noduri: %1 → %2</translation>
    </message>
    <message>
        <source>%1 cannot have more nodes</source>
        <translation>%1 nu poate avea mai multe noduri</translation>
    </message>
    <message>
        <source>Remove nodes: %1 → %2</source>
        <translation>Elimină noduri: %1 → %2</translation>
    </message>
    <message>
        <source>%1 needs at least this many nodes</source>
        <translation>%1 are nevoie de cel puțin atâtea noduri</translation>
    </message>
    <message>
        <source>Change the plan of every %1 node (vertical scaling)</source>
        <translation>Schimbă planul tuturor nodurilor %1 (scalare verticală)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Noduri</translation>
    </message>
    <message>
        <source>scales by plan</source>
        <translation>se scalează prin plan</translation>
    </message>
    <message>
        <source>%1/%2 healthy</source>
        <translation>%1/%2 funcționale</translation>
    </message>
    <message>
        <source>CPU now: %1 %</source>
        <translation>CPU acum: %1 %</translation>
    </message>
</context>
<context>
    <name>mb::studio::PillarInspector</name>
    <message>
        <source>Pillar plan</source>
        <translation>Planul pilonului</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>System runs exactly one node. To give it more capacity, choose a bigger plan.</source>
        <translation>System rulează exact un nod. Pentru mai multă capacitate, alegeți un plan mai mare.</translation>
    </message>
    <message>
        <source>1 to 100 nodes behind one floating IP.</source>
        <translation>Între 1 și 100 de noduri în spatele unui IP flotant.</translation>
    </message>
    <message>
        <source>One node or more; functions are spread over all of them.</source>
        <translation>Unul sau mai multe noduri; funcțiile sunt distribuite pe toate.</translation>
    </message>
    <message>
        <source>1 node, or 3 or 5 for quorum: an odd number survives a failure.</source>
        <translation>1 nod, sau 3 ori 5 pentru cvorum: un număr impar rezistă la o defecțiune.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Structură</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Noduri:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Per-node plans</source>
        <translation>Planuri per nod</translation>
    </message>
    <message>
        <source>Give single nodes their own plan, for example a bigger database primary. Double-click a plan to change it.</source>
        <translation>Dați unor noduri un plan propriu, de exemplu un nod primar de bază de date mai mare. Faceți dublu clic pe un plan pentru a-l schimba.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nepermis)</translation>
    </message>
    <message>
        <source>not offered in %1</source>
        <translation>neoferit în %1</translation>
    </message>
    <message>
        <source>%1 per node</source>
        <translation>%1 per nod</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>This plan is not in the catalogue; choose one from the list.</source>
        <translation>Acest plan nu este în catalog; alegeți unul din listă.</translation>
    </message>
    <message>
        <source>%1 is deprecated and no longer sold after %2; its successor is %3.</source>
        <translation>%1 este învechit și nu se mai vinde după %2; succesorul său este %3.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Folosește %1</translation>
    </message>
    <message>
        <source>%1, public IPv4 addresses included</source>
        <translation>%1, adrese IPv4 publice incluse</translation>
    </message>
    <message>
        <source>Hetzner deprecated %1 in %2: it can be ordered until %3. Choose another plan for new nodes.</source>
        <translation>Hetzner a declarat învechit %1 în %2: poate fi comandat până la %3. Alegeți alt plan pentru nodurile noi.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PlanListModel</name>
    <message>
        <source>%1 — deprecated, replaced by %2</source>
        <translation>%1 — învechit, înlocuit de %2</translation>
    </message>
    <message>
        <source>%1 — unknown plan</source>
        <translation>%1 — plan necunoscut</translation>
    </message>
    <message>
        <source>%1 is no longer sold; %2 (%3) is used in its place.</source>
        <translation>%1 nu se mai vinde; în locul lui se folosește %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the plan catalogue.</source>
        <translation>%1 nu este în catalogul de planuri.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 — not offered in %2</source>
        <translation>%1 — nu este oferit în %2</translation>
    </message>
    <message>
        <source>%1 is not sold in %2; choose a plan offered there, or another location.</source>
        <translation>%1 nu se vinde în %2; alegeți un plan oferit acolo sau altă locație.</translation>
    </message>
    <message>
        <source>%1 · deprecated, sold until %2</source>
        <translation>%1 · învechit, se vinde până la %2</translation>
    </message>
    <message>
        <source>%1
%2
Hetzner deprecated this plan in %3: it can be ordered until %4.</source>
        <translation>%1
%2
Hetzner a declarat acest plan învechit în %3: poate fi comandat până la %4.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferințe</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Limba sistemului (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time MadBase Studio starts.</source>
        <translation>O limbă nouă se aplică la următoarea pornire a MadBase Studio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Limba &amp;interfeței:</translation>
    </message>
    <message>
        <source>Colours follow your system&apos;s light or dark appearance.</source>
        <translation>Culorile urmează aspectul luminos sau întunecat al sistemului.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>&amp;Furnizori</translation>
    </message>
</context>
<context>
    <name>mb::studio::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulă</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
</context>
<context>
    <name>mb::studio::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems: the design follows every rule.</source>
        <translation>Nicio problemă: proiectul respectă toate regulile.</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erori: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertismente: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::PromQueryPanel</name>
    <message>
        <source>PromQL, e.g. rate(node_network_receive_bytes_total[1m])</source>
        <translation>PromQL, de ex. rate(node_network_receive_bytes_total[1m])</translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation>Interogare PromQL</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
</context>
<context>
    <name>mb::studio::PromTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Timp</translation>
    </message>
</context>
<context>
    <name>mb::studio::ProvidersPage</name>
    <message>
        <source>&amp;Add project</source>
        <translation>&amp;Adaugă proiect</translation>
    </message>
    <message>
        <source>Remo&amp;ve project…</source>
        <translation>Elimină pr&amp;oiectul…</translation>
    </message>
    <message>
        <source>&amp;Save token</source>
        <translation>&amp;Salvează tokenul</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testează conexiunea</translation>
    </message>
    <message>
        <source>Remove to&amp;ken</source>
        <translation>Elimină to&amp;kenul</translation>
    </message>
    <message>
        <source>&amp;Generate ed25519 key</source>
        <translation>&amp;Generează cheie ed25519</translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation>&amp;Importă cheie…</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>&amp;Copiază cheia publică</translation>
    </message>
    <message>
        <source>A Hetzner Cloud project; its token works in that project only.</source>
        <translation>Un proiect Hetzner Cloud; tokenul său funcționează doar în acel proiect.</translation>
    </message>
    <message>
        <source>new project name, e.g. production</source>
        <translation>numele noului proiect, de ex. production</translation>
    </message>
    <message>
        <source>Leave empty for Hetzner&apos;s API; set it to use another endpoint (an emulator).</source>
        <translation>Lăsați gol pentru API-ul Hetzner; completați pentru a folosi alt endpoint (un emulator).</translation>
    </message>
    <message>
        <source>A read &amp; write API token of the project (Hetzner Console → Security → API tokens).</source>
        <translation>Un token API de citire și scriere (read &amp; write) al proiectului (Hetzner Console → Security → API tokens).</translation>
    </message>
    <message>
        <source>No key yet: generate one or import your own.</source>
        <translation>Nu există încă o cheie: generați una sau importați-o pe a dumneavoastră.</translation>
    </message>
    <message>
        <source>Hetzner Cloud projects</source>
        <translation>Proiecte Hetzner Cloud</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Endpoint API:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>SSH key of the project&apos;s clusters</source>
        <translation>Cheia SSH a clusterelor proiectului</translation>
    </message>
    <message>
        <source>Replace the SSH key?</source>
        <translation>Înlocuiți cheia SSH?</translation>
    </message>
    <message>
        <source>Servers that trust only the current key will no longer accept a new one. Replace %1?</source>
        <translation>Serverele care au încredere doar în cheia actuală nu vor mai accepta una nouă. Înlocuiți %1?</translation>
    </message>
    <message>
        <source>Import a private SSH key</source>
        <translation>Importă o cheie SSH privată</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Tokens are kept in %2, readable by you only.</source>
        <translation>Niciun keychain nu a răspuns (%1). Tokenurile sunt păstrate în %2, care poate fi citit doar de dumneavoastră.</translation>
    </message>
    <message>
        <source>“%1” is not a project name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 63 characters.</source>
        <translation>„%1” nu este un nume de proiect: folosiți litere, cifre, &apos;-&apos;, &apos;_&apos; și &apos;.&apos;, cel mult 63 de caractere.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>Eliminați proiectul?</translation>
    </message>
    <message>
        <source>Forget %1 and remove its token from the keychain? Its servers are not touched.</source>
        <translation>Uitați %1 și eliminați tokenul său din keychain? Serverele sale nu sunt afectate.</translation>
    </message>
    <message>
        <source>Add a project to enter its token.</source>
        <translation>Adăugați un proiect pentru a-i introduce tokenul.</translation>
    </message>
    <message>
        <source>The stored token cannot be read: %1</source>
        <translation>Tokenul stocat nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>No token stored for %1.</source>
        <translation>Niciun token stocat pentru %1.</translation>
    </message>
    <message>
        <source>A token is stored in %1.</source>
        <translation>Un token este stocat în %1.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain.</source>
        <translation>Un token este stocat în keychain.</translation>
    </message>
    <message>
        <source>stored — type a new one to replace it</source>
        <translation>stocat — introduceți unul nou pentru a-l înlocui</translation>
    </message>
    <message>
        <source>paste the project&apos;s API token</source>
        <translation>lipiți tokenul API al proiectului</translation>
    </message>
    <message>
        <source>Asking the Hetzner API…</source>
        <translation>Se interoghează API-ul Hetzner…</translation>
    </message>
    <message>
        <source>API budget: %1 of %2 requests left this hour.</source>
        <translation>Buget API: au mai rămas %1 din %2 cereri în această oră.</translation>
    </message>
    <message>
        <source>Paste the project&apos;s API token first.</source>
        <translation>Lipiți mai întâi tokenul API al proiectului.</translation>
    </message>
    <message>
        <source>Token saved. %1</source>
        <translation>Token salvat. %1</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token eliminat.</translation>
    </message>
    <message>
        <source>No SSH key yet.</source>
        <translation>Nu există încă o cheie SSH.</translation>
    </message>
    <message>
        <source>Re&amp;place with a new key…</source>
        <translation>În&amp;locuiește cu o cheie nouă…</translation>
    </message>
    <message>
        <source>Private key: %1 (readable by you only) · %2</source>
        <translation>Cheie privată: %1 (poate fi citită doar de dumneavoastră) · %2</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Se generează…</translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewActionsModel</name>
    <message>
        <source>Create</source>
        <translation>Creare</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionare</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminare</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>circa %n secundă</numerusform>
            <numerusform>circa %n secunde</numerusform>
            <numerusform>circa %n de secunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>circa %n minut</numerusform>
            <numerusform>circa %n minute</numerusform>
            <numerusform>circa %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new, %1</source>
        <translation>nou, %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, with its data</source>
        <translation>%1, cu datele sale</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Întrerupere</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pe lună</translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewDialog</name>
    <message>
        <source>Review changes — %1</source>
        <translation>Revizuire modificări — %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Planul %1</translation>
    </message>
    <message>
        <source>Apply runs exactly this plan; if the cluster changed meanwhile, it is refused.</source>
        <translation>Aplicarea rulează exact acest plan; dacă între timp clusterul s-a schimbat, planul este refuzat.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)…</source>
        <translation>
            <numerusform>&amp;Aplică %n modificare…</numerusform>
            <numerusform>&amp;Aplică %n modificări…</numerusform>
            <numerusform>&amp;Aplică %n de modificări…</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the cluster already matches the design.</source>
        <translation>Nicio modificare: clusterul corespunde deja proiectului.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to resize, %3 to remove</source>
        <translation>%1 de creat, %2 de redimensionat, %3 de eliminat</translation>
    </message>
    <message>
        <source>Monthly cost: %1 → %2 (%3%4)</source>
        <translation>Cost lunar: %1 → %2 (%3%4)</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Aplicare modificări</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to %1?</source>
        <translation>
            <numerusform>Aplicați %n modificare pe %1?</numerusform>
            <numerusform>Aplicați %n modificări pe %1?</numerusform>
            <numerusform>Aplicați %n de modificări pe %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Resized nodes are powered off while they change plan; removed nodes lose their data. %1</source>
        <translation>Nodurile redimensionate sunt oprite cât timp își schimbă planul; nodurile eliminate își pierd datele. %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::Startup</name>
    <message>
        <source>Design, provision, scale and watch MadBase clusters.</source>
        <translation>Proiectați, provizionați, scalați și monitorizați clustere MadBase.</translation>
    </message>
    <message>
        <source>Render the main views as PNG files into &lt;directory&gt;, then exit.</source>
        <translation>Randează vederile principale ca fișiere PNG în &lt;director&gt;, apoi iese.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>director</translation>
    </message>
    <message>
        <source>Topology document to open (default: the bundled starter cluster).</source>
        <translation>Documentul de topologie de deschis (implicit: clusterul inițial inclus).</translation>
    </message>
</context>
<context>
    <name>mb::studio::TimeRangeBar</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Ultimele 5 minute</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Ultimele 15 minute</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Ultimele 6 ore</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultimele 24 de ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizat…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Interval de timp</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Reîmprospătare automată dezactivată</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>La fiecare 10 s</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>La fiecare 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>La fiecare minut</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Reîmprospătare automată</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătare</translation>
    </message>
    <message>
        <source>Refresh now (%1)</source>
        <translation>Reîmprospătează acum (%1)</translation>
    </message>
</context>
<context>
    <name>mb::topology</name>
    <message>
        <source>Plan &quot;%1&quot; has cores, memory or disk out of range.</source>
        <translation>Planul „%1” are nuclee, memorie sau disc în afara limitelor.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price in %2 outside 0 to 100000.</source>
        <translation>Planul „%1” are în %2 un preț în afara intervalului 0–100000.</translation>
    </message>
    <message>
        <source>%1 × %2 server</source>
        <translation>%1 × server %2</translation>
    </message>
    <message>
        <source>%1 × public IPv4 address</source>
        <translation>%1 × adresă IPv4 publică</translation>
    </message>
    <message>
        <source>1 × floating IPv4 in front of the proxies</source>
        <translation>1 × IPv4 flotant în fața proxy-urilor</translation>
    </message>
    <message>
        <source>private network %1</source>
        <translation>rețea privată %1</translation>
    </message>
    <message>
        <source>Catalogue format %1 is not supported; this build reads format 1.</source>
        <translation>Formatul de catalog %1 nu este acceptat; această versiune citește formatul 1.</translation>
    </message>
    <message>
        <source>&quot;locations&quot; must be an array.</source>
        <translation>„locations” trebuie să fie un tablou.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price for unknown location &quot;%2&quot;.</source>
        <translation>Planul „%1” are un preț pentru locația necunoscută „%2”.</translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array.</source>
        <translation>„plans” trebuie să fie un tablou.</translation>
    </message>
    <message>
        <source>Legacy plan &quot;%1&quot; does not lead to a current plan.</source>
        <translation>Planul vechi „%1” nu duce la un plan actual.</translation>
    </message>
    <message>
        <source>Cluster name &quot;%1&quot; is not DNS-safe: use 1 to 40 lower-case letters, digits and &apos;-&apos;, starting with a letter (it prefixes every node&apos;s host name).</source>
        <translation>Numele de cluster „%1” nu este valid pentru DNS: folosiți între 1 și 40 de litere mici, cifre și &apos;-&apos;, începând cu o literă (numele prefixează numele de gazdă al fiecărui nod).</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is unknown: use &quot;local&quot; (this machine) or &quot;hetzner&quot;.</source>
        <translation>Furnizorul „%1” este necunoscut: folosiți „local” (această mașină) sau „hetzner”.</translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; is unknown; choose one of: %2.</source>
        <translation>Locația „%1” este necunoscută; alegeți una dintre: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network in CIDR notation, like &quot;10.0.0.0/16&quot;.</source>
        <translation>„%1” nu este o rețea IPv4 în notație CIDR, de exemplu „10.0.0.0/16”.</translation>
    </message>
    <message>
        <source>Network %1 is not private address space: use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Rețeaua %1 nu este în spațiul de adrese private: folosiți un interval din 10.0.0.0/8, 172.16.0.0/12 sau 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Network %1 has host bits set; it will be used as %2.</source>
        <translation>Rețeaua %1 are biți de gazdă setați; va fi folosită ca %2.</translation>
    </message>
    <message>
        <source>Network %1 is too small: cloud networks need at least a /24 (256 addresses).</source>
        <translation>Rețeaua %1 este prea mică: rețelele cloud necesită cel puțin un /24 (256 de adrese).</translation>
    </message>
    <message>
        <source>Network %1 has room for %2 nodes but the topology has %3: use a larger range (a smaller prefix, like /16).</source>
        <translation>Rețeaua %1 este prea mică pentru topologie (noduri posibile: %2, necesare: %3): folosiți un interval mai mare (un prefix mai mic, de exemplu /16).</translation>
    </message>
    <message>
        <source>The SSH safelist is empty: no address can reach SSH on the public nodes. Add your office or VPN range to allow it.</source>
        <translation>Lista de acces SSH este goală: nicio adresă nu poate accesa SSH pe nodurile publice. Adăugați intervalul biroului sau al VPN-ului pentru a permite accesul.</translation>
    </message>
    <message>
        <source>SSH safelist entry &quot;%1&quot; is not a network in CIDR notation, like &quot;203.0.113.0/24&quot; or &quot;2001:db8::/32&quot;.</source>
        <translation>Intrarea „%1” din lista de acces SSH nu este o rețea în notație CIDR, de exemplu „203.0.113.0/24” sau „2001:db8::/32”.</translation>
    </message>
    <message>
        <source>SSH safelist entry %1 lets the whole Internet try to log in to every public node; list only the ranges you administer from.</source>
        <translation>Intrarea %1 din lista de acces SSH permite întregului Internet să încerce autentificarea pe fiecare nod public; treceți doar intervalele din care administrați.</translation>
    </message>
    <message>
        <source>The %1 pillar is missing: every cluster needs System, Proxy, Worker and State. Add it to the %2 zone.</source>
        <translation>Lipsește pilonul %1: fiecare cluster are nevoie de System, Proxy, Worker și State. Adăugați-l în zona „%2”.</translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the public zone: it must be reachable from the Internet, and private nodes have no public IP.</source>
        <translation>Pilonul %1 trebuie să fie în zona publică: trebuie să fie accesibil din Internet, iar nodurile private nu au IP public.</translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the private zone: it holds code or data that must never have a public IP.</source>
        <translation>Pilonul %1 trebuie să fie în zona privată: conține cod sau date care nu trebuie să aibă niciodată un IP public.</translation>
    </message>
    <message>
        <source>Node %1 has its own plan but the %2 pillar has only %3 nodes; the override is ignored.</source>
        <translation>Nodul %1 are un plan propriu, dar pilonul %2 nu are atâtea noduri (număr de noduri: %3); planul propriu este ignorat.</translation>
    </message>
    <message>
        <source>System needs exactly 1 node, not %1: it scales vertically only. Choose a bigger plan to give it more capacity.</source>
        <translation>System are nevoie de exact 1 nod, nu de %1: se scalează doar vertical. Alegeți un plan mai mare pentru mai multă capacitate.</translation>
    </message>
    <message>
        <source>Proxy needs 1 to 100 nodes, not %1: at least one must face the Internet, and the floating IP balances at most 100.</source>
        <translation>Proxy are nevoie de 1 până la 100 de noduri, nu de %1: cel puțin unul trebuie să fie expus la Internet, iar IP-ul flotant echilibrează cel mult 100.</translation>
    </message>
    <message>
        <source>Worker needs at least 1 node, not %1: without one no function can run.</source>
        <translation>Worker are nevoie de cel puțin 1 nod, nu de %1: fără niciun nod nu poate rula nicio funcție.</translation>
    </message>
    <message>
        <source>State has 1 node: no high availability. If it fails, the database and cache are down until it is back; use 3 nodes for failover.</source>
        <translation>State are 1 nod: fără disponibilitate ridicată. Dacă se defectează, baza de date și cache-ul sunt indisponibile până revine; folosiți 3 noduri pentru failover.</translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes: with %1, one failure loses quorum.</source>
        <translation>State are nevoie de 1, 3 sau 5 noduri: cu %1, o singură defecțiune duce la pierderea cvorumului.</translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes, not %1: quorum needs an odd number, and 5 is the most it is sized for.</source>
        <translation>State are nevoie de 1, 3 sau 5 noduri, nu de %1: cvorumul necesită un număr impar, iar 5 este maximul pentru care este dimensionat.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is unknown; run &quot;madbasectl plans&quot; to list the plans on offer.</source>
        <translation>Planul „%1” este necunoscut; rulați „madbasectl plans” pentru a lista planurile disponibile.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is deprecated (since %2, no longer sold after %3); its successor &quot;%4&quot; (%5 vCPU, %6 GB RAM, %7 GB disk) will be used.</source>
        <translation>Planul „%1” este învechit (din %2, nu se mai vinde după %3); se va folosi succesorul său „%4” (%5 vCPU, %6 GB RAM, %7 GB disc).</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is not offered in %2; it is sold in: %3. Pick another plan or location.</source>
        <translation>Planul „%1” nu este oferit în %2; se vinde în: %3. Alegeți alt plan sau altă locație.</translation>
    </message>
    <message>
        <source>Zone &quot;%1&quot; is not a zone; use &quot;public&quot; or &quot;private&quot;.</source>
        <translation>„%1” nu este o zonă; folosiți „public” sau „private”.</translation>
    </message>
    <message>
        <source>Node key &quot;%1&quot; must be a node number: 1, 2, 3…</source>
        <translation>Cheia de nod „%1” trebuie să fie un număr de nod: 1, 2, 3…</translation>
    </message>
    <message>
        <source>Topology format version %1 is not supported; this build reads version %2.</source>
        <translation>Versiunea %1 a formatului de topologie nu este acceptată; această versiune citește versiunea %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price from 0 to 100000; write it like &quot;3.49&quot;.</source>
        <translation>„%1” nu este un preț între 0 și 100000; scrieți-l de exemplu „3.49”.</translation>
    </message>
    <message>
        <source>metricsRetention must be a number of days, weeks or years such as 30d, 8w or 1y, not &quot;%1&quot;.</source>
        <translation>metricsRetention trebuie să fie un număr de zile, săptămâni sau ani, de ex. 30d, 8w sau 1y, nu „%1”.</translation>
    </message>
    <message>
        <source>lokiUrl must be an http:// or https:// URL without credentials, not &quot;%1&quot;.</source>
        <translation>lokiUrl trebuie să fie un URL http:// sau https:// fără date de autentificare, nu „%1”.</translation>
    </message>
</context>
</TS>
