<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogueSnapshot</name>
    <message>
        <source>Cannot read the catalogue cache %1: %2</source>
        <translation>Der Katalog-Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The catalogue cache %1 is larger than 8 MB.</source>
        <translation>Der Katalog-Cache %1 ist größer als 8 MB.</translation>
    </message>
    <message>
        <source>The catalogue cache %1 cannot be used (at %2); it is fetched again at the next refresh.</source>
        <translation>Der Katalog-Cache %1 kann nicht verwendet werden (bei %2); er wird bei der nächsten Aktualisierung neu abgerufen.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Enter the project&apos;s API token first.</source>
        <translation>Geben Sie zuerst das API-Token des Projekts ein.</translation>
    </message>
    <message>
        <source>Connected. The project has no servers yet.</source>
        <translation>Verbunden. Das Projekt hat noch keine Server.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The project has %n server(s).</source>
        <translation>
            <numerusform>Verbunden. Das Projekt hat %n Server.</numerusform>
            <numerusform>Verbunden. Das Projekt hat %n Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the Hetzner API at %1. Check the network and the endpoint. (%2)</source>
        <translation>Die Hetzner-API unter %1 ist nicht erreichbar. Prüfen Sie das Netzwerk und den Endpunkt. (%2)</translation>
    </message>
    <message>
        <source>The token was refused: %1 Create a read &amp; write token in the Hetzner Console (Security → API tokens) and paste it here.</source>
        <translation>Das Token wurde abgelehnt: %1 Erstellen Sie in der Hetzner Console (Security → API tokens) ein Token mit Lese- &amp; Schreibrechten und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>The project&apos;s API budget is spent for now (%1). Try again in a few minutes.</source>
        <translation>Das API-Kontingent des Projekts ist vorerst aufgebraucht (%1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>The secrets file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Die Geheimnisdatei %1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The secrets file %1 has an unknown version (at /version).</source>
        <translation>Die Geheimnisdatei %1 hat eine unbekannte Version (bei /version).</translation>
    </message>
    <message>
        <source>The secrets file %1 has no secrets object (at /secrets).</source>
        <translation>Die Geheimnisdatei %1 hat kein secrets-Objekt (bei /secrets).</translation>
    </message>
    <message>
        <source>The secrets file %1 has a value that is not a string (at /secrets/%2).</source>
        <translation>Die Geheimnisdatei %1 enthält einen Wert, der keine Zeichenkette ist (bei /secrets/%2).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the secrets file.</source>
        <translation>Das Verzeichnis %1 für die Geheimnisdatei kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>SshKeyPair</name>
    <message>
        <source>Cannot derive the public key of %1.</source>
        <translation>Der öffentliche Schlüssel von %1 kann nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>Cannot write the public key of %1.</source>
        <translation>Der öffentliche Schlüssel von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot compute the fingerprint of %1.</source>
        <translation>Der Fingerabdruck von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Cannot encode the private key for %1.</source>
        <translation>Der private Schlüssel für %1 kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the key.</source>
        <translation>Das Verzeichnis %1 für den Schlüssel kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a private SSH key that can be read without a passphrase.</source>
        <translation>%1 ist kein privater SSH-Schlüssel, der ohne Passphrase gelesen werden kann.</translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation>libssh konnte keinen ed25519-Schlüssel erzeugen.</translation>
    </message>
</context>
<context>
    <name>mb::api</name>
    <message>
        <source>No cluster named &quot;%1&quot; is known here (looked for %2).</source>
        <translation>Hier ist kein Cluster namens „%1“ bekannt (gesucht in %2).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; cannot be bootstrapped by this build yet; use &quot;local&quot;.</source>
        <translation>Der Anbieter „%1“ kann von dieser Version noch nicht eingerichtet werden; verwenden Sie „local“.</translation>
    </message>
    <message>
        <source>The topology has no System pillar to bootstrap.</source>
        <translation>Die Topologie hat keine System-Säule, die eingerichtet werden kann.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is already up; connect to it instead.</source>
        <translation>Der Cluster „%1“ läuft bereits; verbinden Sie sich stattdessen mit ihm.</translation>
    </message>
    <message>
        <source>%1 is not reported by %2</source>
        <translation>%1 wird von %2 nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 on %2 is %3</source>
        <translation>%1 auf %2 ist %3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3 (%4)</source>
        <translation>%1 auf %2 ist %3 (%4)</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The control plane did not list the nodes (HTTP %1).</source>
        <translation>Die Steuerungsebene hat die Knoten nicht aufgelistet (HTTP %1).</translation>
    </message>
    <message>
        <source>no running Proxy node</source>
        <translation>kein laufender Proxy-Knoten</translation>
    </message>
    <message>
        <source>this machine keeps no CA for the cluster to pin</source>
        <translation>dieser Rechner hat keine CA des Clusters zum Festlegen</translation>
    </message>
    <message>
        <source>HTTP 200 over TLS from %1</source>
        <translation>HTTP 200 über TLS von %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>passed the request to %1</source>
        <translation>hat die Anfrage an %1 weitergegeben</translation>
    </message>
    <message>
        <source>no answer from a worker</source>
        <translation>keine Antwort von einem Worker</translation>
    </message>
    <message>
        <source>hello on %1 failed: %2</source>
        <translation>hello auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>hello ran on %1</source>
        <translation>hello lief auf %1</translation>
    </message>
    <message>
        <source>no running State node</source>
        <translation>kein laufender State-Knoten</translation>
    </message>
    <message>
        <source>the State entry point refuses connections: %1</source>
        <translation>der Zugangspunkt der State-Säule lehnt Verbindungen ab: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is running; not reached</source>
        <translation>%1 auf %2 läuft; nicht erreicht</translation>
    </message>
    <message>
        <source>inserted row %1</source>
        <translation>Zeile %1 eingefügt</translation>
    </message>
    <message>
        <source>counter is %1</source>
        <translation>Zähler ist %1</translation>
    </message>
    <message>
        <source>The clusters&apos; directory %1 is inside %2, which only its owner may enter: PostgreSQL and Redis run as their own users and could not reach their data. Choose a directory others may pass through, e.g. /var/lib/madbase/clusters (--root or MADBASE_ROOT).</source>
        <translation>Das Verzeichnis der Cluster %1 liegt in %2, das nur sein Eigentümer betreten darf: PostgreSQL und Redis laufen unter eigenen Benutzern und kämen nicht an ihre Daten. Wählen Sie ein Verzeichnis, durch das andere hindurchgehen dürfen, z. B. /var/lib/madbase/clusters (--root oder MADBASE_ROOT).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>mb::app</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (bei %1)</translation>
    </message>
    <message>
        <source>No answer from the control plane at %1: %2</source>
        <translation>Keine Antwort von der Steuerungsebene unter %1: %2</translation>
    </message>
    <message>
        <source>The control plane answered HTTP %1.</source>
        <translation>Die Steuerungsebene hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The control plane sent a reply that is not a JSON object: %1</source>
        <translation>Die Steuerungsebene hat eine Antwort gesendet, die kein JSON-Objekt ist: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mb::app::SecretStore</name>
    <message>
        <source>the keychain gave no reason</source>
        <translation>der Schlüsselbund hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>the keychain is switched off for this store</source>
        <translation>der Schlüsselbund ist für diesen Speicher ausgeschaltet</translation>
    </message>
    <message>
        <source>An empty secret cannot be stored.</source>
        <translation>Ein leeres Geheimnis kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>mb::base</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Another process (pid %1) already runs this node; %2 is locked.</source>
        <translation>Ein anderer Prozess (PID %1) betreibt diesen Knoten bereits; %2 ist gesperrt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot get random bytes from the kernel: %1</source>
        <translation>Vom Kernel können keine Zufallsbytes bezogen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 has mode %2; others may read it. Run &quot;chmod 600 %1&quot;.</source>
        <translation>Die Geheimnisdatei %1 hat den Modus %2; andere können sie lesen. Führen Sie „chmod 600 %1“ aus.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>This process already holds the lock on %1.</source>
        <translation>Dieser Prozess hält die Sperre auf %1 bereits.</translation>
    </message>
</context>
<context>
    <name>mb::ctl::Ctl</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Check topology documents against the kernel&apos;s rules.</source>
        <translation>Topologiedokumente anhand der Regeln des Kerns prüfen.</translation>
    </message>
    <message>
        <source>Topology documents (JSON) to check.</source>
        <translation>Zu prüfende Topologiedokumente (JSON).</translation>
    </message>
    <message>
        <source>Show what a topology costs per pillar, per month and per hour.</source>
        <translation>Kosten einer Topologie pro Säule, pro Monat und pro Stunde anzeigen.</translation>
    </message>
    <message>
        <source>Topology document (JSON) to price.</source>
        <translation>Topologiedokument (JSON), dessen Kosten berechnet werden.</translation>
    </message>
    <message>
        <source>List the server plans, their sizes and prices.</source>
        <translation>Servertarife mit Größen und Preisen auflisten.</translation>
    </message>
    <message>
        <source>Show only plans offered in this location, with its prices.</source>
        <translation>Nur die an diesem Standort angebotenen Tarife anzeigen, mit den dortigen Preisen.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success (for validate: no errors; warnings allowed)
  1  the document is invalid, or the operation failed
  2  bad command line, or a file could not be read
</source>
        <translation>Exit-Codes:
  0  Erfolg (bei validate: keine Fehler; Warnungen erlaubt)
  1  das Dokument ist ungültig oder der Vorgang ist fehlgeschlagen
  2  fehlerhafte Befehlszeile oder eine Datei konnte nicht gelesen werden
</translation>
    </message>
    <message>
        <source>Usage: madbasectl [--format text|json] COMMAND [ARGS...]

Design, price and check MadBase clusters from the command line.

Commands:
</source>
        <translation>Aufruf: madbasectl [--format text|json] COMMAND [ARGS...]

MadBase-Cluster über die Befehlszeile entwerfen, kalkulieren und prüfen.

Befehle:
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
Optionen:
  --format text|json  Ausgabeformat (Standard: text).
  -h, --help          Diese Hilfe anzeigen; „madbasectl COMMAND --help“ für einen Befehl.
  -v, --version       Die Version anzeigen.

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl %1 --help&quot; for usage.</source>
        <translation>Hilfe zum Aufruf: „madbasectl %1 --help“.</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl --help&quot; for usage.</source>
        <translation>Hilfe zum Aufruf: „madbasectl --help“.</translation>
    </message>
    <message>
        <source>--format needs a value: text or json</source>
        <translation>--format benötigt einen Wert: text oder json</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: it is a directory</source>
        <translation>madbasectl: %1 kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>madbasectl: cannot read %1: %2</source>
        <translation>madbasectl: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: gültig (%2)</translation>
    </message>
    <message>
        <source>%1: invalid (%2)</source>
        <translation>%1: ungültig (%2)</translation>
    </message>
    <message>
        <source>Cost of &quot;%1&quot;: %2 prices in %3, %4 without VAT, taken %5</source>
        <translation>Kosten von „%1“: Preise von %2 in %3, %4 ohne MwSt., Stand %5</translation>
    </message>
    <message>
        <source>The local provider runs this cluster on this machine at no charge; the figures are what it would cost on Hetzner.</source>
        <translation>Der lokale Anbieter betreibt diesen Cluster kostenlos auf diesem Rechner; die Zahlen zeigen, was er bei Hetzner kosten würde.</translation>
    </message>
    <message>
        <source>PILLAR</source>
        <translation>SÄULE</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>POSTEN</translation>
    </message>
    <message>
        <source>UNIT/MONTH</source>
        <translation>EINHEIT/MONAT</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <source>HOURLY</source>
        <translation>STÜNDLICH</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>Billed hourly, capped at the monthly price. Traffic within the included volume is free.</source>
        <translation>Stündliche Abrechnung, höchstens bis zum Monatspreis. Datenverkehr innerhalb des Inklusivvolumens ist kostenlos.</translation>
    </message>
    <message>
        <source>madbasectl: cannot price %1: unknown plan or not offered there; it is left out of the total.</source>
        <translation>madbasectl: kein Preis für %1: unbekannter Tarif oder dort nicht angeboten; in der Summe nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>madbasectl: the topology has %n error(s); run &quot;madbasectl validate %1&quot; to see them.</source>
        <translation>
            <numerusform>madbasectl: die Topologie hat %n Fehler; „madbasectl validate %1“ zeigt ihn an.</numerusform>
            <numerusform>madbasectl: die Topologie hat %n Fehler; „madbasectl validate %1“ zeigt sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;; choose one of: %2</source>
        <translation>unbekannter Standort „%1“; wählen Sie einen von: %2</translation>
    </message>
    <message>
        <source>Server plans (%1 without VAT, prices taken %2; &quot;from&quot; is the lowest location price)</source>
        <translation>Servertarife (%1 ohne MwSt., Preise Stand %2; „ab“ ist der niedrigste Preis aller Standorte)</translation>
    </message>
    <message>
        <source>Server plans in %1 (%2 without VAT, prices taken %3)</source>
        <translation>Servertarife in %1 (%2 ohne MwSt., Preise Stand %3)</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
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
        <translation>DISK GB</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>ARCH</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>FROM/MONTH</source>
        <translation>AB/MONAT</translation>
    </message>
    <message>
        <source>LOCATIONS</source>
        <translation>STANDORTE</translation>
    </message>
    <message>
        <source>Legacy names (accepted with a warning, replaced by their successor):</source>
        <translation>Veraltete Namen (mit Warnung akzeptiert, durch ihren Nachfolger ersetzt):</translation>
    </message>
    <message>
        <source>(not sold after %1)</source>
        <translation>(nach %1 nicht mehr erhältlich)</translation>
    </message>
    <message>
        <source>madbasectl: %1 has errors; nothing was changed.</source>
        <translation>madbasectl: %1 enthält Fehler; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot be bootstrapped by this build yet; use &quot;local&quot;.</source>
        <translation>der Anbieter „%1“ kann von diesem Build noch nicht initialisiert werden; verwenden Sie „local“.</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is already up; change it with &quot;madbasectl apply %2&quot;.</source>
        <translation>der Cluster „%1“ läuft bereits; ändern Sie ihn mit „madbasectl apply %2“.</translation>
    </message>
    <message>
        <source>Bootstrapping cluster &quot;%1&quot; on this machine (local provider).</source>
        <translation>Cluster „%1“ wird auf diesem Rechner initialisiert (lokaler Anbieter).</translation>
    </message>
    <message>
        <source>the System node did not answer within 30 s; see %1.</source>
        <translation>der System-Knoten hat nicht innerhalb von 30 s geantwortet; siehe %1.</translation>
    </message>
    <message>
        <source>System node %1 is up at %2 (%3 ms).</source>
        <translation>System-Knoten %1 läuft unter %2 (%3 ms).</translation>
    </message>
    <message>
        <source>usage: madbasectl scale system|proxy|worker|state COUNT (got &quot;%1 %2&quot;)</source>
        <translation>Aufruf: madbasectl scale system|proxy|worker|state COUNT (erhalten: „%1 %2“)</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;; see &quot;madbasectl plans&quot;.</source>
        <translation>unbekannter Tarif „%1“; siehe „madbasectl plans“.</translation>
    </message>
    <message>
        <source>resize %1 %2 → %3 (downtime ≈ %4)</source>
        <translation>%1 skalieren: %2 → %3 (Ausfallzeit ≈ %4)</translation>
    </message>
    <message>
        <source>No changes: the System node already runs on %1.</source>
        <translation>Keine Änderungen: Der System-Knoten läuft bereits mit %1.</translation>
    </message>
    <message>
        <source>Resize the System node? The control plane is down while it restarts.</source>
        <translation>System-Knoten skalieren? Die Steuerungsebene ist während des Neustarts nicht erreichbar.</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird angehalten…</translation>
    </message>
    <message>
        <source>Run &quot;madbasectl resize system %1&quot; again to finish.</source>
        <translation>Führen Sie „madbasectl resize system %1“ erneut aus, um abzuschließen.</translation>
    </message>
    <message>
        <source>the System node did not come back within 60 s.</source>
        <translation>der System-Knoten ist nach 60 s nicht wieder erreichbar.</translation>
    </message>
    <message>
        <source>System node resized %1 → %2; the control plane was down for %3 s (measured).</source>
        <translation>System-Knoten skaliert %1 → %2; die Steuerungsebene war %3 s nicht erreichbar (gemessen).</translation>
    </message>
    <message>
        <source>Cluster %1 — control plane %2, %3</source>
        <translation>Cluster %1 — Steuerungsebene %2, %3</translation>
    </message>
    <message>
        <source>applying a plan</source>
        <translation>wendet einen Plan an</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>destroy %1 (%2, %3)</source>
        <translation>%1 löschen (%2, %3)</translation>
    </message>
    <message>
        <source>Every node of &quot;%1&quot; and all its data will be deleted.</source>
        <translation>Alle Knoten von „%1“ und alle zugehörigen Daten werden gelöscht.</translation>
    </message>
    <message>
        <source>Destroy the cluster?</source>
        <translation>Cluster löschen?</translation>
    </message>
    <message>
        <source>destroyed %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is gone: no process or file of it is left.</source>
        <translation>Cluster „%1“ ist entfernt: Es sind keine Prozesse oder Dateien davon übrig.</translation>
    </message>
    <message>
        <source>no cluster is up here (%1); start one with &quot;madbasectl up FILE&quot;.</source>
        <translation>hier läuft kein Cluster (%1); starten Sie einen mit „madbasectl up FILE“.</translation>
    </message>
    <message>
        <source>several clusters are up here; name one with --cluster NAME.</source>
        <translation>hier laufen mehrere Cluster; wählen Sie einen mit --cluster NAME.</translation>
    </message>
    <message>
        <source>not changing anything: no terminal to ask on; add --yes to go ahead.</source>
        <translation>es wird nichts geändert: kein Terminal für die Rückfrage; fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>No changes: the cluster already matches the topology.</source>
        <translation>Keine Änderungen: Der Cluster entspricht bereits der Topologie.</translation>
    </message>
    <message>
        <source>create %1 (%2, %3)</source>
        <translation>%1 erstellen (%2, %3)</translation>
    </message>
    <message>
        <source>Plan: %1 to add, %2 to change, %3 to destroy.</source>
        <translation>Plan: %1 hinzuzufügen, %2 zu ändern, %3 zu löschen.</translation>
    </message>
    <message>
        <source>Monthly cost: %1 → %2 %3 (%4)</source>
        <translation>Monatliche Kosten: %1 → %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Cancelling: running steps finish, the rest are left for later…</source>
        <translation>Abbruch: Laufende Schritte werden abgeschlossen, der Rest bleibt für später…</translation>
    </message>
    <message>
        <source>Stopped following. The control plane goes on; watch it with &quot;madbasectl events --follow&quot;.</source>
        <translation>Verfolgung beendet. Die Steuerungsebene arbeitet weiter; beobachten Sie sie mit „madbasectl events --follow“.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing is half-done; run &quot;madbasectl apply&quot; to resume.</source>
        <translation>Abgebrochen. Nichts ist halb erledigt; mit „madbasectl apply“ setzen Sie fort.</translation>
    </message>
    <message>
        <source>The apply failed; fix the cause above, then run &quot;madbasectl apply&quot; to resume.</source>
        <translation>Das Anwenden ist fehlgeschlagen; beheben Sie die obige Ursache und setzen Sie dann mit „madbasectl apply“ fort.</translation>
    </message>
    <message>
        <source>Apply this plan?</source>
        <translation>Diesen Plan anwenden?</translation>
    </message>
    <message>
        <source>The cluster to work on (default: the only one).</source>
        <translation>Der zu bearbeitende Cluster (Standard: der einzige vorhandene).</translation>
    </message>
    <message>
        <source>Do not ask before changing the cluster.</source>
        <translation>Vor dem Ändern des Clusters nicht nachfragen.</translation>
    </message>
    <message>
        <source>Bootstrap a cluster from a topology document and apply it.</source>
        <translation>Einen Cluster aus einem Topologiedokument initialisieren und anwenden.</translation>
    </message>
    <message>
        <source>Topology document (JSON) of the cluster.</source>
        <translation>Topologiedokument (JSON) des Clusters.</translation>
    </message>
    <message>
        <source>Show what applying the topology would change.</source>
        <translation>Anzeigen, was das Anwenden der Topologie ändern würde.</translation>
    </message>
    <message>
        <source>New topology document (default: the current one).</source>
        <translation>Neues Topologiedokument (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>Make the cluster match the topology (and resume an interrupted apply).</source>
        <translation>Den Cluster an die Topologie anpassen (und ein unterbrochenes Anwenden fortsetzen).</translation>
    </message>
    <message>
        <source>Change a pillar&apos;s node count (state: 1, 3 or 5).</source>
        <translation>Die Knotenanzahl einer Säule ändern (state: 1, 3 oder 5).</translation>
    </message>
    <message>
        <source>proxy, worker or state.</source>
        <translation>proxy, worker oder state.</translation>
    </message>
    <message>
        <source>The new node count.</source>
        <translation>Die neue Knotenanzahl.</translation>
    </message>
    <message>
        <source>Move a node or a whole pillar to another server plan.</source>
        <translation>Einen Knoten oder eine ganze Säule auf einen anderen Servertarif umstellen.</translation>
    </message>
    <message>
        <source>A node name, or a pillar (system, proxy, worker, state).</source>
        <translation>Ein Knotenname oder eine Säule (system, proxy, worker, state).</translation>
    </message>
    <message>
        <source>The new plan (see &quot;madbasectl plans&quot;).</source>
        <translation>Der neue Tarif (siehe „madbasectl plans“).</translation>
    </message>
    <message>
        <source>Show the cluster&apos;s nodes, their health, plan and uptime.</source>
        <translation>Die Knoten des Clusters mit Zustand, Tarif und Laufzeit anzeigen.</translation>
    </message>
    <message>
        <source>Show the cluster&apos;s events (with --follow, as they happen).</source>
        <translation>Die Ereignisse des Clusters anzeigen (mit --follow fortlaufend).</translation>
    </message>
    <message>
        <source>Keep waiting for new events.</source>
        <translation>Weiter auf neue Ereignisse warten.</translation>
    </message>
    <message>
        <source>Only events after this sequence number.</source>
        <translation>Nur Ereignisse nach dieser Sequenznummer.</translation>
    </message>
    <message>
        <source>Remove every node of the cluster and all its data.</source>
        <translation>Alle Knoten des Clusters und alle seine Daten entfernen.</translation>
    </message>
    <message>
        <source>Usage: madbasectl %1 [options] %2</source>
        <translation>Aufruf: madbasectl %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>Not everything could be removed; fix the cause above and run &quot;madbasectl down&quot; again.</source>
        <translation>Nicht alles konnte entfernt werden; beheben Sie die obige Ursache und führen Sie „madbasectl down“ erneut aus.</translation>
    </message>
    <message>
        <source>The System node %1 was not running; it has been started again.</source>
        <translation>Der System-Knoten %1 lief nicht; er wurde wieder gestartet.</translation>
    </message>
    <message>
        <source>HOP</source>
        <translation>STATION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>madbasectl: check failed at %1: %2</source>
        <translation>madbasectl: Prüfung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check passed: every hop answered.</source>
        <translation>Prüfung bestanden: Jede Station hat geantwortet.</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>KOMPONENTE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>RESTARTS</source>
        <translation>NEUSTARTS</translation>
    </message>
    <message>
        <source>crash loop: %1</source>
        <translation>Absturzschleife: %1</translation>
    </message>
    <message>
        <source>cannot compare the nodes with the topology: %1</source>
        <translation>die Knoten können nicht mit der Topologie verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes pending</source>
        <translation>
            <numerusform>%n Änderung ausstehend</numerusform>
            <numerusform>%n Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>The nodes differ from topology revision %1; &quot;madbasectl apply&quot; runs this plan:</source>
        <translation>Die Knoten weichen von Topologie-Revision %1 ab; „madbasectl apply“ führt diesen Plan aus:</translation>
    </message>
    <message>
        <source>Send one request through the gateway to the hello function and show every hop it passed (gateway, worker, HAProxy, PostgreSQL, Redis).</source>
        <translation>Eine Anfrage über das Gateway an die Funktion hello senden und jede Station anzeigen, die sie passiert hat (Gateway, Worker, HAProxy, PostgreSQL, Redis).</translation>
    </message>
    <message>
        <source>%1 refused its config, %2: %3 It keeps running the last good one.</source>
        <translation>%1 hat seine Konfiguration abgelehnt, %2: %3 Er läuft mit der letzten guten weiter.</translation>
    </message>
    <message>
        <source>%1 refused its config, %2 at %3: %4 It keeps running the last good one.</source>
        <translation>%1 hat seine Konfiguration abgelehnt, %2 bei %3: %4 Er läuft mit der letzten guten weiter.</translation>
    </message>
    <message>
        <source>the plan was applied, but %1 cannot start (%2): %3 See &quot;madbasectl status&quot;.</source>
        <translation>der Plan wurde angewendet, aber %1 kann nicht starten (%2): %3 Siehe „madbasectl status“.</translation>
    </message>
    <message>
        <source>it left no output.</source>
        <translation>es hat keine Ausgabe hinterlassen.</translation>
    </message>
    <message>
        <source>Every component runs (%1).</source>
        <translation>Jede Komponente läuft (%1).</translation>
    </message>
    <message>
        <source>the plan was applied, but after %1 these components are not running yet: %2. See &quot;madbasectl status&quot;.</source>
        <translation>der Plan wurde angewendet, aber nach %1 laufen diese Komponenten noch nicht: %2. Siehe „madbasectl status“.</translation>
    </message>
    <message>
        <source>the plan was applied, but the control plane did not list the nodes: %1</source>
        <translation>der Plan wurde angewendet, aber die Steuerungsebene hat die Knoten nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Warte auf %1.</translation>
    </message>
    <message>
        <source>Where clusters are kept (default: $MADBASE_ROOT, else /var/lib/madbase/clusters for root and ~/.local/share/madbase/clusters for others).</source>
        <translation>Wo Cluster liegen (Standard: $MADBASE_ROOT, sonst /var/lib/madbase/clusters für root und ~/.local/share/madbase/clusters für andere).</translation>
    </message>
    <message>
        <source>Return when the apply ends, without waiting for the nodes&apos; components to run.</source>
        <translation>Zurückkehren, sobald die Anwendung endet, ohne auf das Laufen der Komponenten der Knoten zu warten.</translation>
    </message>
    <message>
        <source>A PromQL query, e.g. &apos;up&apos; or &apos;rate(madbase_component_restarts_total[5m])&apos;.</source>
        <translation>Eine PromQL-Abfrage, z. B. &apos;up&apos; oder &apos;rate(madbase_component_restarts_total[5m])&apos;.</translation>
    </message>
    <message>
        <source>usage: madbasectl metrics QUERY</source>
        <translation>Aufruf: madbasectl metrics ABFRAGE</translation>
    </message>
    <message>
        <source>the query was refused: %1</source>
        <translation>die Abfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>No series matches (metrics of a node that just joined arrive within 15 s).</source>
        <translation>Keine Zeitreihe passt (Metriken eines gerade hinzugekommenen Knotens treffen binnen 15 s ein).</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>ZEITREIHE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>the System node did not answer within 30 s.</source>
        <translation>der System-Knoten hat nicht innerhalb von 30 s geantwortet.</translation>
    </message>
    <message>
        <source>&quot;providers test&quot;: check the Hetzner Cloud token ($HCLOUD_TOKEN or --token-file) and list the project&apos;s servers.</source>
        <translation>„providers test“: das Hetzner-Cloud-Token prüfen ($HCLOUD_TOKEN oder --token-file) und die Server des Projekts auflisten.</translation>
    </message>
    <message>
        <source>What to do (test).</source>
        <translation>Was zu tun ist (test).</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: Hetzner&apos;s).</source>
        <translation>Die Basis-URL der API (Standard: die von Hetzner).</translation>
    </message>
    <message>
        <source>A file (mode 0600) holding the API token.</source>
        <translation>Eine Datei (Modus 0600) mit dem API-Token.</translation>
    </message>
    <message>
        <source>usage: madbasectl providers test</source>
        <translation>Aufruf: madbasectl providers test</translation>
    </message>
    <message>
        <source>Query the cluster&apos;s metrics (PromQL, at this instant or over --range), e.g. madbasectl metrics up.</source>
        <translation>Die Metriken des Clusters abfragen (PromQL, zum aktuellen Zeitpunkt oder über --range), z. B. madbasectl metrics up.</translation>
    </message>
    <message>
        <source>A range query over this past span (30m, 1h, 7d).</source>
        <translation>Eine Bereichsabfrage über diesen zurückliegenden Zeitraum (30m, 1h, 7d).</translation>
    </message>
    <message>
        <source>The range query&apos;s step (default 15s).</source>
        <translation>Die Schrittweite der Bereichsabfrage (Standard 15s).</translation>
    </message>
    <message>
        <source>Query the cluster&apos;s logs (LogQL), e.g. madbasectl logs &apos;{pillar=&quot;worker&quot;}&apos; --since 5m.</source>
        <translation>Die Logs des Clusters abfragen (LogQL), z. B. madbasectl logs &apos;{pillar=&quot;worker&quot;}&apos; --since 5m.</translation>
    </message>
    <message>
        <source>A LogQL query, e.g. &apos;{node=&quot;starter-worker-1&quot;} |= &quot;error&quot;&apos;.</source>
        <translation>Eine LogQL-Abfrage, z. B. &apos;{node=&quot;starter-worker-1&quot;} |= &quot;error&quot;&apos;.</translation>
    </message>
    <message>
        <source>How far back (90s, 10m, 2h, 7d; default 1h).</source>
        <translation>Wie weit zurück (90s, 10m, 2h, 7d; Standard 1h).</translation>
    </message>
    <message>
        <source>The newest lines to print (default 100, at most 5000).</source>
        <translation>Die neuesten auszugebenden Zeilen (Standard 100, höchstens 5000).</translation>
    </message>
    <message>
        <source>Every matching line, with no cap.</source>
        <translation>Alle passenden Zeilen, ohne Begrenzung.</translation>
    </message>
    <message>
        <source>Then keep printing new lines as they arrive.</source>
        <translation>Danach neue Zeilen fortlaufend ausgeben, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>usage: madbasectl logs QUERY</source>
        <translation>Aufruf: madbasectl logs QUERY</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json or raw</source>
        <translation>unbekanntes Format „%1“: verwenden Sie text, json oder raw</translation>
    </message>
    <message>
        <source>the control plane does not answer: %1</source>
        <translation>die Steuerungsebene antwortet nicht: %1</translation>
    </message>
    <message>
        <source>the log store is unavailable: %1</source>
        <translation>der Log-Speicher ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>the control plane answered %1: %2</source>
        <translation>die Steuerungsebene hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>the tail ended: %1</source>
        <translation>die fortlaufende Ausgabe wurde beendet: %1</translation>
    </message>
    <message>
        <source>--since must be a duration such as 90s, 10m, 2h or 7d, not &quot;%1&quot;.</source>
        <translation>--since muss eine Dauer wie 90s, 10m, 2h oder 7d sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit must be 1 to %1; --all prints every line.</source>
        <translation>--limit muss zwischen 1 und %1 liegen; --all gibt alle Zeilen aus.</translation>
    </message>
    <message>
        <source>--range must be a duration such as 30m, 1h or 7d, not &quot;%1&quot;.</source>
        <translation>--range muss eine Dauer wie 30m, 1h oder 7d sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The Hetzner Cloud API at %1 accepts the token (%2 of %3 requests left this hour).</source>
        <translation>Die Hetzner-Cloud-API unter %1 akzeptiert das Token (noch %2 von %3 Anfragen in dieser Stunde).</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n server(s).</source>
        <translation>
            <numerusform>Das Projekt hat %n Server.</numerusform>
            <numerusform>Das Projekt hat %n Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
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
        <translation>Die Datei ist leer: Erwartet wurde ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file ends too early; it looks truncated (%1).</source>
        <translation>Die Datei endet zu früh; sie scheint abgeschnitten zu sein (%1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>Expected an object here, found %1.</source>
        <translation>Hier wurde ein Objekt erwartet, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing.</source>
        <translation>Der erforderliche Schlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3.</source>
        <translation>„%1“ muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be a string, not %2.</source>
        <translation>Jeder Eintrag von „%1“ muss eine Zeichenkette sein, nicht %2.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>Unbekannter Schlüssel „%1“: Meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>The document is %1 bytes, more than the limit of %2 bytes; nothing past this point is read.</source>
        <translation>Das Dokument ist %1 Bytes groß, mehr als die Obergrenze von %2 Bytes; ab dieser Stelle wird nichts gelesen.</translation>
    </message>
    <message>
        <source>More than %1 entries in one array or object (the limit).</source>
        <translation>Mehr als %1 Einträge in einem Array oder Objekt (die Obergrenze).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in one object: first at line %2, column %3, again at line %4, column %5. Keep one of them.</source>
        <translation>Der Schlüssel „%1“ kommt in einem Objekt doppelt vor: zuerst in Zeile %2, Spalte %3, erneut in Zeile %4, Spalte %5. Behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>A string of more than %1 bytes starts here (the limit).</source>
        <translation>Hier beginnt eine Zeichenkette mit mehr als %1 Bytes (die Obergrenze).</translation>
    </message>
    <message>
        <source>A number of more than %1 characters starts here (the limit).</source>
        <translation>Hier beginnt eine Zahl mit mehr als %1 Zeichen (die Obergrenze).</translation>
    </message>
    <message>
        <source>The number %1 is out of range: no number here can be larger than %2 in magnitude.</source>
        <translation>Die Zahl %1 liegt außerhalb des zulässigen Bereichs: Keine Zahl darf hier betragsmäßig größer als %2 sein.</translation>
    </message>
    <message>
        <source>Values nest more than %1 levels deep here (the limit).</source>
        <translation>Werte sind hier tiefer als %1 Ebenen verschachtelt (die Obergrenze).</translation>
    </message>
    <message>
        <source>The document could not be checked against the reading limits; it is refused.</source>
        <translation>Das Dokument konnte nicht anhand der Lesegrenzen geprüft werden; es wird abgelehnt.</translation>
    </message>
    <message>
        <source>The file could not be read as JSON: %1.</source>
        <translation>Die Datei konnte nicht als JSON gelesen werden: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from %2 to %3, not %4.</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
</context>
<context>
    <name>mb::logs</name>
    <message>
        <source>The protobuf push body is malformed at byte %1: %2.</source>
        <translation>Der Protobuf-Push-Body ist bei Byte %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>A label name is empty.</source>
        <translation>Ein Label-Name ist leer.</translation>
    </message>
    <message>
        <source>The label name is %1 bytes long, over the limit of %2.</source>
        <translation>Der Label-Name ist %1 Bytes lang, über der Grenze von %2.</translation>
    </message>
    <message>
        <source>The value of label %1 is %2 bytes long, over the limit of %3.</source>
        <translation>Der Wert des Labels %1 ist %2 Bytes lang, über der Grenze von %3.</translation>
    </message>
    <message>
        <source>A stream has no labels: Loki needs at least one.</source>
        <translation>Ein Stream hat keine Labels: Loki braucht mindestens eines.</translation>
    </message>
    <message>
        <source>A stream has %1 labels, over the limit of %2.</source>
        <translation>Ein Stream hat %1 Labels, über der Grenze von %2.</translation>
    </message>
    <message>
        <source>The timestamp &quot;%1&quot; is not a whole number of unix nanoseconds in range.</source>
        <translation>Der Zeitstempel „%1“ ist keine ganze Zahl von Unix-Nanosekunden im gültigen Bereich.</translation>
    </message>
    <message>
        <source>An entry must be [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;] or [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;, {metadata}].</source>
        <translation>Ein Eintrag muss [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;] oder [&quot;&lt;unix ns&gt;&quot;, &quot;&lt;line&gt;&quot;, {metadata}] sein.</translation>
    </message>
    <message>
        <source>The timestamp must be a string of unix nanoseconds.</source>
        <translation>Der Zeitstempel muss eine Zeichenkette aus Unix-Nanosekunden sein.</translation>
    </message>
    <message>
        <source>The line must be a string.</source>
        <translation>Die Zeile muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The line is %1 bytes long, over the limit of %2.</source>
        <translation>Die Zeile ist %1 Bytes lang, über der Grenze von %2.</translation>
    </message>
    <message>
        <source>Structured metadata must be an object of strings.</source>
        <translation>Strukturierte Metadaten müssen ein Objekt aus Zeichenketten sein.</translation>
    </message>
    <message>
        <source>Structured metadata values must be strings.</source>
        <translation>Werte strukturierter Metadaten müssen Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The push body is %1 bytes, over the limit of %2.</source>
        <translation>Der Push-Body hat %1 Bytes, über der Grenze von %2.</translation>
    </message>
    <message>
        <source>A JSON push body is {&quot;streams&quot;:[…]}.</source>
        <translation>Ein JSON-Push-Body ist {&quot;streams&quot;:[…]}.</translation>
    </message>
    <message>
        <source>A stream needs a &quot;stream&quot; object of labels.</source>
        <translation>Ein Stream braucht ein „stream“-Objekt mit Labels.</translation>
    </message>
    <message>
        <source>Label values must be strings.</source>
        <translation>Label-Werte müssen Zeichenketten sein.</translation>
    </message>
    <message>
        <source>A stream needs a &quot;values&quot; array.</source>
        <translation>Ein Stream braucht ein „values“-Array.</translation>
    </message>
    <message>
        <source>The label string is malformed at character %1: %2.</source>
        <translation>Die Label-Zeichenkette ist bei Zeichen %1 fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The push body is not snappy block-compressed protobuf (its length header is unreadable).</source>
        <translation>Der Push-Body ist kein snappy-blockkomprimiertes Protobuf (sein Längenkopf ist unlesbar).</translation>
    </message>
    <message>
        <source>The push body decompresses to %1 bytes, over the limit of %2.</source>
        <translation>Der Push-Body entpackt sich zu %1 Bytes, über der Grenze von %2.</translation>
    </message>
    <message>
        <source>The push body is corrupt snappy data.</source>
        <translation>Der Push-Body enthält beschädigte snappy-Daten.</translation>
    </message>
    <message>
        <source>the query is %1 bytes long, over the limit of %2</source>
        <translation>die Abfrage ist %1 Bytes lang, über der Grenze von %2</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unexpected %3, expecting %4</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: unerwartetes %3, erwartet: %4</translation>
    </message>
    <message>
        <source>the regular expression is %1 bytes long, over the limit of %2</source>
        <translation>der reguläre Ausdruck ist %1 Bytes lang, über der Grenze von %2</translation>
    </message>
    <message>
        <source>the regular expression compiles to more than %1 bytes</source>
        <translation>der reguläre Ausdruck wird zu mehr als %1 Bytes übersetzt</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: invalid regular expression: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: ungültiger regulärer Ausdruck: %3</translation>
    </message>
    <message>
        <source>the selector has more than %1 matchers</source>
        <translation>der Selektor hat mehr als %1 Vergleiche</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: a stream selector needs at least one matcher</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: ein Stream-Selektor braucht mindestens einen Vergleich</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: queries require at least one regexp or equality matcher that does not have an empty-compatible value</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: Abfragen brauchen mindestens einen Regex- oder Gleichheitsvergleich, auf den kein leerer Wert passt</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 is not a number, a duration or a size</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3 ist weder Zahl noch Dauer noch Größe</translation>
    </message>
    <message>
        <source>nesting is deeper than %1</source>
        <translation>die Verschachtelung ist tiefer als %1</translation>
    </message>
    <message>
        <source>the line_format template is %1 bytes long, over the limit of %2</source>
        <translation>die line_format-Vorlage ist %1 Bytes lang, über der Grenze von %2</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: the line_format template has an unclosed {{</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: die line_format-Vorlage hat ein nicht geschlossenes {{</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: the line_format template action {{%3}} is not supported: only {{.label}} is</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: die Aktion {{%3}} der line_format-Vorlage wird nicht unterstützt, nur {{.label}}</translation>
    </message>
    <message>
        <source>the pipeline has more than %1 stages</source>
        <translation>die Pipeline hat mehr als %1 Stufen</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 is not a positive duration</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3 ist keine positive Dauer</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: %3 needs a metric query such as count_over_time({…}[5m]), not a log query</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3 braucht eine Metrikabfrage wie count_over_time({…}[5m]), keine Log-Abfrage</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unknown function %3 (count_over_time, rate, bytes_over_time, bytes_rate, sum, count, min, max, avg are supported)</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: unbekannte Funktion %3 (unterstützt: count_over_time, rate, bytes_over_time, bytes_rate, sum, count, min, max, avg)</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: a string is not closed</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: invalid escape \%3 in a string (write \\ for a backslash)</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: ungültige Escape-Folge \%3 in einer Zeichenkette (\\ für einen Backslash schreiben)</translation>
    </message>
    <message>
        <source>parse error at line %1, col %2: syntax error: unexpected character %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: unerwartetes Zeichen %3</translation>
    </message>
    <message>
        <source>maximum number of series (%1) reached for a single query; narrow the selector or aggregate with sum by (…)</source>
        <translation>Höchstzahl an Zeitreihen (%1) für eine Abfrage erreicht; Selektor eingrenzen oder mit sum by (…) zusammenfassen</translation>
    </message>
    <message>
        <source>exceeded maximum resolution of %1 points per time series; increase the step or shorten the range</source>
        <translation>Höchstauflösung von %1 Punkten je Zeitreihe überschritten; Schrittweite erhöhen oder Zeitraum verkürzen</translation>
    </message>
    <message>
        <source>The log store %1 has a line index, but this SQLite has no FTS5 to keep it.</source>
        <translation>Der Log-Speicher %1 hat einen Zeilenindex, aber diesem SQLite fehlt FTS5, um ihn zu pflegen.</translation>
    </message>
    <message>
        <source>a tail takes a log query, not a metric query</source>
        <translation>ein Tail nimmt eine Log-Abfrage, keine Metrikabfrage</translation>
    </message>
    <message>
        <source>The push body&apos;s Content-Encoding %1 cannot be inflated.</source>
        <translation>Das Content-Encoding %1 des Push-Inhalts kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>The %1 push body cannot be inflated: zlib did not start.</source>
        <translation>Der %1-Push-Inhalt kann nicht entpackt werden: zlib ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The %1 push body inflates to more than the limit of %2 bytes.</source>
        <translation>Der %1-Push-Inhalt wird entpackt größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The %1 push body is corrupt or truncated at byte %2 of %3.</source>
        <translation>Der %1-Push-Inhalt ist bei Byte %2 von %3 beschädigt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>mb::net</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1 möglich: %2.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large.</source>
        <translation>Die Antwort von %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare a request to %1.</source>
        <translation>Eine Anfrage an %1 kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Cannot make the cluster&apos;s TLS certificates (%1): %2</source>
        <translation>Die TLS-Zertifikate des Clusters können nicht erstellt werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>mb::plan</name>
    <message>
        <source>Plan %1 was replaced by a newer plan; make a new plan and apply that.</source>
        <translation>Plan %1 wurde durch einen neueren Plan ersetzt; erstellen Sie einen neuen Plan und wenden Sie diesen an.</translation>
    </message>
    <message>
        <source>Plan %1 in the store does not match its hash.</source>
        <translation>Plan %1 im Speicher passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not in the provider&apos;s list of nodes (yet).</source>
        <translation>%1 ist (noch) nicht in der Knotenliste des Anbieters.</translation>
    </message>
    <message>
        <source>%1 did not become healthy within %2 s; check its logs, then apply again.</source>
        <translation>%1 war nach %2 s nicht betriebsbereit; prüfen Sie seine Protokolle und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>%1 was down for %2 s during its resize (estimated %3 s).</source>
        <translation>%1 war während der Skalierung %2 s nicht erreichbar (geschätzt: %3 s).</translation>
    </message>
    <message>
        <source>Creating %1 (%2, %3).</source>
        <translation>%1 wird erstellt (%2, %3).</translation>
    </message>
    <message>
        <source>Bootstrapping %1.</source>
        <translation>%1 wird initialisiert.</translation>
    </message>
    <message>
        <source>Waiting for %1 to become healthy.</source>
        <translation>Warten, bis %1 betriebsbereit ist.</translation>
    </message>
    <message>
        <source>Draining %1.</source>
        <translation>%1 wird geleert (Drain).</translation>
    </message>
    <message>
        <source>Deleting %1.</source>
        <translation>%1 wird gelöscht.</translation>
    </message>
    <message>
        <source>Stopping %1 to resize it.</source>
        <translation>%1 wird zum Skalieren angehalten.</translation>
    </message>
    <message>
        <source>Changing the plan of %1 from %2 to %3.</source>
        <translation>Tarif von %1 wird von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation>%1 wird gestartet.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Bootstrapped %1.</source>
        <translation>%1 initialisiert.</translation>
    </message>
    <message>
        <source>%1 is healthy.</source>
        <translation>%1 ist betriebsbereit.</translation>
    </message>
    <message>
        <source>Drained %1.</source>
        <translation>%1 geleert.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 angehalten.</translation>
    </message>
    <message>
        <source>%1 now runs on %2.</source>
        <translation>%1 läuft jetzt mit %2.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Resuming plan %1: %2 of %3 actions already done.</source>
        <translation>Plan %1 wird fortgesetzt: %2 von %3 Aktionen sind bereits erledigt.</translation>
    </message>
    <message>
        <source>Applying plan %1: %2 actions.</source>
        <translation>Plan %1 wird angewendet (Aktionen: %2).</translation>
    </message>
    <message>
        <source>%1 already exists; it is not created again.</source>
        <translation>%1 existiert bereits; wird nicht erneut erstellt.</translation>
    </message>
    <message>
        <source>%1: found already done (%2); not done again.</source>
        <translation>%1: bereits erledigt (%2); wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>%1 failed (%2); retrying in %3 ms (attempt %4 of %5).</source>
        <translation>%1 ist fehlgeschlagen (%2); neuer Versuch in %3 ms (Versuch %4 von %5).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Plan %1 applied: %2 actions done.</source>
        <translation>Plan %1 angewendet (erledigte Aktionen: %2).</translation>
    </message>
    <message>
        <source>Plan %1 cancelled with %2 of %3 actions done; apply it again to resume.</source>
        <translation>Plan %1 abgebrochen, %2 von %3 Aktionen erledigt; wenden Sie ihn erneut an, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Plan %1 stopped with actions left that cannot start.</source>
        <translation>Plan %1 angehalten: Es bleiben Aktionen, die nicht starten können.</translation>
    </message>
    <message>
        <source>Plan %1 stopped: %2 failed (%3 of %4 actions done). Fix the cause and apply it again to resume.</source>
        <translation>Plan %1 angehalten: %2 ist fehlgeschlagen (%3 von %4 Aktionen erledigt). Beheben Sie die Ursache und wenden Sie ihn erneut an, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Unknown action kind &quot;%1&quot;.</source>
        <translation>Unbekannte Aktionsart „%1“.</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;.</source>
        <translation>Unbekannte Säule „%1“.</translation>
    </message>
    <message>
        <source>&quot;actions&quot; must be an array.</source>
        <translation>„actions“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Plan format version %1 is not supported (this build reads version %2).</source>
        <translation>Planformat-Version %1 wird nicht unterstützt (dieser Build liest Version %2).</translation>
    </message>
    <message>
        <source>Action %1 depends on %2, which is not an earlier action of the plan.</source>
        <translation>Aktion %1 hängt von %2 ab, aber %2 ist keine frühere Aktion des Plans.</translation>
    </message>
    <message>
        <source>Action id %1 appears twice.</source>
        <translation>Aktions-ID %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The plan&apos;s hash does not match its actions: it was changed.</source>
        <translation>Der Hash des Plans passt nicht zu seinen Aktionen: Der Plan wurde verändert.</translation>
    </message>
    <message>
        <source>+ create %1 (%2, %3)</source>
        <translation>+ %1 erstellen (%2, %3)</translation>
    </message>
    <message>
        <source>- destroy %1 (%2, %3)</source>
        <translation>- %1 löschen (%2, %3)</translation>
    </message>
    <message>
        <source>~ resize %1 (%2) %3 → %4 (downtime ≈ %5 s)</source>
        <translation>~ %1 skalieren (%2) %3 → %4 (Ausfallzeit ≈ %5 s)</translation>
    </message>
    <message>
        <source>~ start %1 (%2, found stopped)</source>
        <translation>~ %1 starten (%2, war angehalten)</translation>
    </message>
    <message>
        <source>No changes: the cluster matches the topology. Monthly cost: %1 %2</source>
        <translation>Keine Änderungen: Der Cluster entspricht der Topologie. Monatliche Kosten: %1 %2</translation>
    </message>
    <message>
        <source>Plan: %1 to add, %2 to change, %3 to destroy. Monthly cost: %4 → %5 %6 (%7)</source>
        <translation>Plan: %1 hinzuzufügen, %2 zu ändern, %3 zu löschen. Monatliche Kosten: %4 → %5 %6 (%7)</translation>
    </message>
</context>
<context>
    <name>mb::providers</name>
    <message>
        <source>Nothing to start.</source>
        <translation>Nichts zu starten.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Build it, or point the local provider at the directory holding the madbase daemons.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Bauen Sie es, oder verweisen Sie den lokalen Anbieter auf das Verzeichnis mit den madbase-Daemons.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Node record %1 is damaged: %2</source>
        <translation>Der Knoteneintrag %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No free loopback port left between %1 and %2 for cluster %3.</source>
        <translation>Kein freier Loopback-Port mehr zwischen %1 und %2 für Cluster %3.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The daemon settings for %1 are not JSON: %2</source>
        <translation>Die Daemon-Einstellungen für %1 sind kein JSON: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Node %1 does not exist.</source>
        <translation>Knoten %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Node %1 must be stopped before its plan changes.</source>
        <translation>Knoten %1 muss angehalten werden, bevor sich sein Tarif ändert.</translation>
    </message>
    <message>
        <source>Cluster %1 still has %2 nodes.</source>
        <translation>Cluster %1 hat noch %2 Knoten.</translation>
    </message>
    <message>
        <source>Cannot start a daemon for %1: the path holds a tab or a line break.</source>
        <translation>Für %1 kann kein Daemon gestartet werden: Der Pfad enthält einen Tabulator oder einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Cannot start %1: its spawn server did not answer (%2).</source>
        <translation>%1 kann nicht gestartet werden: Sein Startserver hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name for %2&apos;s data directory.</source>
        <translation>„%1“ ist kein Dateiname für das Datenverzeichnis von %2.</translation>
    </message>
    <message>
        <source>The local provider needs the clusters&apos; directory and the directory of the daemons.</source>
        <translation>Der lokale Anbieter benötigt das Verzeichnis der Cluster und das Verzeichnis der Daemons.</translation>
    </message>
    <message>
        <source>No Hetzner Cloud API token: set HCLOUD_TOKEN, or keep it in a file only you can read (mode 0600) and name that file.</source>
        <translation>Kein Hetzner-Cloud-API-Token: Setzen Sie HCLOUD_TOKEN, oder legen Sie es in einer nur für Sie lesbaren Datei (Modus 0600) ab und geben Sie diese Datei an.</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is unknown: use &quot;local&quot; (this machine) or &quot;hetzner&quot;.</source>
        <translation>Anbieter „%1“ ist unbekannt: Verwenden Sie „local“ (dieser Rechner) oder „hetzner“.</translation>
    </message>
    <message>
        <source>%1 should hold the node ports as FIRST-LAST, between 1024 and 32767 (for example 20000-20099), not &quot;%2&quot;.</source>
        <translation>%1 sollte die Knoten-Ports als ERSTER-LETZTER zwischen 1024 und 32767 enthalten (zum Beispiel 20000-20099), nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>mb::providers::hetzner</name>
    <message>
        <source>The Hetzner API&apos;s answer to %1 is not what it documents: %2 (at %3).</source>
        <translation>Die Antwort der Hetzner-API auf %1 entspricht nicht ihrer Dokumentation: %2 (bei %3).</translation>
    </message>
    <message>
        <source>%1 did not happen within %2 s.</source>
        <translation>%1 ist nicht innerhalb von %2 s geschehen.</translation>
    </message>
    <message>
        <source>Expected a list of IDs, found %1.</source>
        <translation>Erwartet wurde eine Liste von IDs, gefunden %1.</translation>
    </message>
    <message>
        <source>Expected an ID, found %1.</source>
        <translation>Erwartet wurde eine ID, gefunden %1.</translation>
    </message>
    <message>
        <source>Expected a list, found %1.</source>
        <translation>Erwartet wurde eine Liste, gefunden %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status (running, success, error).</source>
        <translation>„%1“ ist kein Aktionsstatus (running, success, error).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server status.</source>
        <translation>„%1“ ist kein Serverstatus.</translation>
    </message>
    <message>
        <source>The Hetzner API did not answer %1: %2</source>
        <translation>Die Hetzner-API hat %1 nicht beantwortet: %2</translation>
    </message>
    <message>
        <source>The Hetzner API&apos;s answer to %1 cannot be read: %2.</source>
        <translation>Die Antwort der Hetzner-API auf %1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>The Hetzner API answered %1 with HTTP %2 and no error body it documents.</source>
        <translation>Die Hetzner-API hat %1 mit HTTP %2 beantwortet, ohne einen dokumentierten Fehlerinhalt.</translation>
    </message>
    <message>
        <source>The Hetzner API refused %1: %2 (%3, HTTP %4).</source>
        <translation>Die Hetzner-API hat %1 abgelehnt: %2 (%3, HTTP %4).</translation>
    </message>
    <message>
        <source>Server %1 has no labels to be found by.</source>
        <translation>Server %1 hat keine Labels, über die er gefunden werden kann.</translation>
    </message>
    <message>
        <source>Hetzner action %1 (%2) failed: %3 (%4).</source>
        <translation>Die Hetzner-Aktion %1 (%2) ist fehlgeschlagen: %3 (%4).</translation>
    </message>
    <message>
        <source>Hetzner action %1 is not known to the API.</source>
        <translation>Die Hetzner-Aktion %1 ist der API nicht bekannt.</translation>
    </message>
    <message>
        <source>Server %1 no longer exists.</source>
        <translation>Server %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Server type &quot;%1&quot; in %2 has an unavailable_after that is not an RFC 3339 time: &quot;%3&quot;.</source>
        <translation>Servertyp „%1“ in %2 hat ein unavailable_after, das keine RFC-3339-Zeit ist: „%3“.</translation>
    </message>
    <message>
        <source>Server type &quot;%1&quot; has a price in %2 that is not a decimal number from 0 to 100000.</source>
        <translation>Servertyp „%1“ hat in %2 einen Preis, der keine Dezimalzahl zwischen 0 und 100000 ist.</translation>
    </message>
    <message>
        <source>The answer has no &quot;server_types&quot; list.</source>
        <translation>Die Antwort enthält keine Liste „server_types“.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; has no server labelled as node %2.</source>
        <translation>Cluster „%1“ hat keinen Server mit dem Label für Knoten %2.</translation>
    </message>
    <message>
        <source>Node %1 must be stopped before its plan can change (it is %2).</source>
        <translation>Knoten %1 muss gestoppt sein, bevor sein Tarif geändert werden kann (er ist %2).</translation>
    </message>
</context>
<context>
    <name>mb::ssh</name>
    <message>
        <source>libssh could not %1 an ed25519 key.</source>
        <translation>libssh konnte einen ed25519-Schlüssel nicht verarbeiten (%1).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH private key.</source>
        <translation>%1 ist kein privater OpenSSH-Schlüssel.</translation>
    </message>
    <message>
        <source>Could not start an SSH session to %1.</source>
        <translation>Es konnte keine SSH-Sitzung zu %1 gestartet werden.</translation>
    </message>
    <message>
        <source>Could not reach %1 over SSH.</source>
        <translation>%1 ist über SSH nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 showed no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>The host key of %1 is not the one it was created with (expected %2, it showed %3): it may not be that server. Nothing was sent or run there.</source>
        <translation>Der Host-Schlüssel von %1 ist nicht derjenige, mit dem der Server erstellt wurde (erwartet %2, vorgelegt %3): Möglicherweise ist es nicht dieser Server. Es wurde nichts dorthin gesendet oder dort ausgeführt.</translation>
    </message>
    <message>
        <source>%1 refused the cluster&apos;s SSH key.</source>
        <translation>%1 hat den SSH-Schlüssel des Clusters abgelehnt.</translation>
    </message>
    <message>
        <source>Could not open a tunnel to %1.</source>
        <translation>Es konnte kein Tunnel zu %1 geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not reach %1 through the jump host.</source>
        <translation>%1 ist über den Jump-Host nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not run a command on %1.</source>
        <translation>Auf %1 konnte kein Befehl ausgeführt werden.</translation>
    </message>
    <message>
        <source>The connection to %1 broke.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>A command on %1 failed with exit status %2.</source>
        <translation>Ein Befehl auf %1 ist mit dem Exit-Status %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 offers no SFTP.</source>
        <translation>%1 bietet kein SFTP an.</translation>
    </message>
    <message>
        <source>Could not write %1 on %2.</source>
        <translation>%1 konnte auf %2 nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 did not arrive intact on %2 (SHA-256 %3 expected, %4 found).</source>
        <translation>%1 ist auf %2 nicht unversehrt angekommen (SHA-256 %3 erwartet, %4 vorgefunden).</translation>
    </message>
</context>
<context>
    <name>mb::store</name>
    <message>
        <source>The database %1 is busy: another process holds a lock on it. Try again, or stop the other program using it.</source>
        <translation>Die Datenbank %1 ist belegt: Ein anderer Prozess hält eine Sperre darauf. Versuchen Sie es erneut, oder beenden Sie das andere Programm, das sie verwendet.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the database reached its size limit): free some space and try again. Nothing was written.</source>
        <translation>Der Datenträger mit %1 ist voll (oder die Datenbank hat ihre Größengrenze erreicht): Geben Sie Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a MadBase database: move it aside and restore it from a backup.</source>
        <translation>%1 ist beschädigt oder keine MadBase-Datenbank: Verschieben Sie die Datei und stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: check that the directory exists and that you may write to it.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: Prüfen Sie, ob das Verzeichnis existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>A database operation on %1 failed; see the details.</source>
        <translation>Ein Datenbankvorgang auf %1 ist fehlgeschlagen; siehe Details.</translation>
    </message>
    <message>
        <source>Cannot open the database %1; see the details.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden; siehe Details.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed): move it aside and restore it from a backup.</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung ist fehlgeschlagen): Verschieben Sie die Datei und stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 was written by a newer MadBase (schema %2; this build knows up to %3). Upgrade MadBase to open it.</source>
        <translation>%1 wurde von einer neueren MadBase-Version geschrieben (Schema %2; dieser Build kennt bis %3). Aktualisieren Sie MadBase, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>There is no topology revision %1.</source>
        <translation>Es gibt keine Topologie-Revision %1.</translation>
    </message>
    <message>
        <source>Plan %1 has no action %2 in the journal.</source>
        <translation>Plan %1 hat keine Aktion %2 im Journal.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>Es gibt keinen Plan %1.</translation>
    </message>
</context>
<context>
    <name>mb::studio</name>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GB RAM · %3 GB disk</source>
        <translation>%1 vCPU · %2 GB RAM · %3 GB Disk</translation>
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
        <translation>Steuerung, Metriken</translation>
    </message>
    <message>
        <source>Public API gateway</source>
        <translation>Öffentliches API-Gateway</translation>
    </message>
    <message>
        <source>Function runtime</source>
        <translation>Funktionsausführung</translation>
    </message>
    <message>
        <source>PostgreSQL and Redis</source>
        <translation>PostgreSQL und Redis</translation>
    </message>
    <message>
        <source>Public zone</source>
        <translation>Öffentliche Zone</translation>
    </message>
    <message>
        <source>Private zone</source>
        <translation>Private Zone</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>Lokal (dieser Rechner)</translation>
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
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The log answer is malformed: %1</source>
        <translation>Die Log-Antwort ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>expected streams, got &quot;%1&quot;</source>
        <translation>Streams erwartet, „%1“ erhalten</translation>
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
        <translation>Die Metrik-Antwort ist bei %1 fehlerhaft.</translation>
    </message>
    <message>
        <source>byte %1 (%2)</source>
        <translation>Byte %1 (%2)</translation>
    </message>
    <message>
        <source>The control plane answered HTTP %1.</source>
        <translation>Die Steuerungsebene hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
</context>
<context>
    <name>mb::studio::ActivityModel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>mb::studio::ActivityPanel</name>
    <message>
        <source>Nothing is being applied.</source>
        <translation>Es wird nichts angewendet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the steps under way; the rest can be applied later.</source>
        <translation>Nach den laufenden Schritten anhalten; der Rest kann später angewendet werden.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>Angewendet. %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>mb::studio::CatalogueOrigin</name>
    <message>
        <source>Prices from the Hetzner API (project %1), fetched %2 UTC, VAT excluded.</source>
        <translation>Preise aus der Hetzner-API (Projekt %1), abgerufen %2 UTC, ohne MwSt.</translation>
    </message>
    <message>
        <source>Prices from the list built into Studio, as of %1, VAT excluded.</source>
        <translation>Preise aus der in Studio integrierten Liste, Stand %1, ohne MwSt.</translation>
    </message>
</context>
<context>
    <name>mb::studio::CheckDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Check the Cluster</source>
        <translation>Selbsttest des Clusters</translation>
    </message>
    <message>
        <source>Check Cluster %1</source>
        <translation>Selbsttest des Clusters %1</translation>
    </message>
    <message>
        <source>One request through the gateway to the hello function, which writes to Redis and PostgreSQL through the State entry point: every hop with its result and latency, as madbasectl check shows them.</source>
        <translation>Eine Anfrage über das Gateway an die Funktion hello, die über den State-Zugang in Redis und PostgreSQL schreibt: jede Station mit Ergebnis und Latenz, wie madbasectl check sie zeigt.</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>%v of %m hops</source>
        <translation>%v von %m Stationen</translation>
    </message>
    <message>
        <source>Checking the cluster…</source>
        <translation>Cluster wird geprüft…</translation>
    </message>
    <message>
        <source>The check could not run: not connected to a cluster.</source>
        <translation>Die Prüfung konnte nicht laufen: keine Verbindung zu einem Cluster.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Check failed at %1: %2</source>
        <translation>Prüfung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check passed: every hop answered.</source>
        <translation>Prüfung bestanden: Jede Station hat geantwortet.</translation>
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
        <translation>State-Zugang (HAProxy)</translation>
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
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>mb::studio::ClusterConnection</name>
    <message>
        <source>Looking for cluster %1…</source>
        <translation>Cluster %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Waiting for the control plane at %1…</source>
        <translation>Warten auf die Steuerungsebene unter %1…</translation>
    </message>
    <message>
        <source>Not connected to the cluster&apos;s control plane.</source>
        <translation>Keine Verbindung zur Steuerungsebene des Clusters.</translation>
    </message>
    <message>
        <source>Studio restarts the System node itself; the control plane is away meanwhile.</source>
        <translation>Studio startet den System-Knoten selbst neu; die Steuerungsebene ist währenddessen nicht erreichbar.</translation>
    </message>
    <message>
        <source>That plan is no longer the reviewed one; review the changes again.</source>
        <translation>Dieser Plan ist nicht mehr der geprüfte; prüfen Sie die Änderungen erneut.</translation>
    </message>
    <message>
        <source>Stopping %1 to resize it.</source>
        <translation>%1 wird zum Skalieren angehalten.</translation>
    </message>
    <message>
        <source>Resizing the System node failed: %1</source>
        <translation>Das Skalieren des System-Knotens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 now runs on %2; waiting for its control plane.</source>
        <translation>%1 läuft jetzt mit %2; warten auf die Steuerungsebene.</translation>
    </message>
    <message>
        <source>%1 is healthy.</source>
        <translation>%1 ist gesund.</translation>
    </message>
    <message>
        <source>The System node was resized.</source>
        <translation>Der System-Knoten wurde skaliert.</translation>
    </message>
</context>
<context>
    <name>mb::studio::ClusterInspector</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>lower-case letters, digits and -</source>
        <translation>Kleinbuchstaben, Ziffern und -</translation>
    </message>
    <message>
        <source>Prefixes every node&apos;s host name, so it must be a DNS label.</source>
        <translation>Wird jedem Hostnamen der Knoten vorangestellt und muss daher ein DNS-Label sein.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The private network every node joins (RFC 1918, at least a /24).</source>
        <translation>Das private Netzwerk, dem jeder Knoten beitritt (RFC 1918, mindestens ein /24).</translation>
    </message>
    <message>
        <source>Networks allowed to reach SSH on the public nodes. Double-click to edit.</source>
        <translation>Netzwerke, die SSH auf den öffentlichen Knoten erreichen dürfen. Zum Bearbeiten doppelklicken.</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>N&amp;etzwerk:</translation>
    </message>
    <message>
        <source>SSH safelist</source>
        <translation>SSH-Freigabeliste</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <source>Not priced (not offered here): %1.</source>
        <translation>Ohne Preis (hier nicht angeboten): %1.</translation>
    </message>
    <message>
        <source>The local provider runs on this machine at no cost; these are the Hetzner prices for the same design.</source>
        <translation>Der lokale Anbieter läuft kostenlos auf diesem Rechner; dies sind die Hetzner-Preise für denselben Entwurf.</translation>
    </message>
    <message>
        <source>Refresh &amp;prices from Hetzner</source>
        <translation>&amp;Preise von Hetzner aktualisieren</translation>
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
        <translation>Belegter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk used (fullest filesystem)</source>
        <translation>Belegter Speicherplatz (vollstes Dateisystem)</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Netzwerk eingehend</translation>
    </message>
    <message>
        <source>Network out</source>
        <translation>Netzwerk ausgehend</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>Last (1 min)</translation>
    </message>
    <message>
        <source>Daemon up</source>
        <translation>Daemon aktiv</translation>
    </message>
    <message>
        <source>Component restarts</source>
        <translation>Neustarts von Komponenten</translation>
    </message>
    <message>
        <source>HAProxy requests</source>
        <translation>HAProxy-Anfragen</translation>
    </message>
    <message>
        <source>HAProxy 5xx responses</source>
        <translation>HAProxy-5xx-Antworten</translation>
    </message>
    <message>
        <source>HAProxy sessions</source>
        <translation>HAProxy-Sitzungen</translation>
    </message>
    <message>
        <source>Worker requests (at the proxies)</source>
        <translation>Worker-Anfragen (an den Proxys)</translation>
    </message>
</context>
<context>
    <name>mb::studio::DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set %1 node count to %2</source>
        <translation>Knotenanzahl von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Change %1 plan to %2</source>
        <translation>Tarif von %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Set %1 node %2 plan to %3</source>
        <translation>Tarif von %1-Knoten %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Reset %1 node %2 to the pillar plan</source>
        <translation>%1-Knoten %2 auf den Säulentarif zurücksetzen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Rename cluster to %1</source>
        <translation>Cluster in %1 umbenennen</translation>
    </message>
    <message>
        <source>Change provider to %1</source>
        <translation>Anbieter auf %1 ändern</translation>
    </message>
    <message>
        <source>Change location to %1</source>
        <translation>Standort auf %1 ändern</translation>
    </message>
    <message>
        <source>Change network to %1</source>
        <translation>Netzwerk auf %1 ändern</translation>
    </message>
    <message>
        <source>Edit SSH safelist</source>
        <translation>SSH-Freigabeliste bearbeiten</translation>
    </message>
</context>
<context>
    <name>mb::studio::DesignerScene</name>
    <message>
        <source>The cluster already has its System node. System scales vertically: choose a bigger plan on its card.</source>
        <translation>Der Cluster hat bereits seinen System-Knoten. System skaliert vertikal: Wählen Sie auf seiner Karte einen größeren Tarif.</translation>
    </message>
    <message>
        <source>The cluster already has a %1 pillar: use + on its card to add nodes.</source>
        <translation>Der Cluster hat bereits eine Säule %1: Fügen Sie mit + auf ihrer Karte Knoten hinzu.</translation>
    </message>
    <message>
        <source>Drop %1 into the %2.</source>
        <translation>Ziehen Sie %1 in die %2.</translation>
    </message>
    <message>
        <source>%1 belongs in the public zone: it must be reachable from the Internet, and private nodes have no public IP.</source>
        <translation>%1 gehört in die öffentliche Zone: Die Säule muss aus dem Internet erreichbar sein, und private Knoten haben keine öffentliche IP.</translation>
    </message>
    <message>
        <source>%1 belongs in the private zone: it holds code or data that must never have a public IP.</source>
        <translation>%1 gehört in die private Zone: Die Säule enthält Code oder Daten, die niemals eine öffentliche IP haben dürfen.</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Unbenannter Cluster</translation>
    </message>
    <message>
        <source>network %1 · %2</source>
        <translation>Netzwerk %1 · %2</translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation>DMZ</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kernnetz</translation>
    </message>
    <message>
        <source>Reachable from the Internet. Every node has a public IPv4; SSH only from the safelist.</source>
        <translation>Aus dem Internet erreichbar. Jeder Knoten hat eine öffentliche IPv4-Adresse; SSH nur aus der Freigabeliste.</translation>
    </message>
    <message>
        <source>Cluster network only. No public IP; outbound traffic goes through NAT.</source>
        <translation>Nur Clusternetzwerk. Keine öffentliche IP; ausgehender Verkehr läuft über NAT.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>monitoring (metrics, logs)</source>
        <translation>Monitoring (Metriken, Logs)</translation>
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
        <translation>%1  —  %2  —  nicht angeboten in %3</translation>
    </message>
</context>
<context>
    <name>mb::studio::DocumentIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a topology document is at most %3 MB. Is it the right file?</source>
        <translation>%1 ist %2 MB groß; ein Topologiedokument hat höchstens %3 MB. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mb::studio::FileController</name>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open design is unchanged.</source>
        <translation>Der geöffnete Entwurf bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n rule(s); see Problems. It cannot be applied until they are fixed.</source>
        <translation>
            <numerusform>%1 verstößt gegen %n Regel; siehe Probleme. Der Entwurf kann erst angewendet werden, wenn der Verstoß behoben ist.</numerusform>
            <numerusform>%1 verstößt gegen %n Regeln; siehe Probleme. Der Entwurf kann erst angewendet werden, wenn die Verstöße behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cluster diagram made with MadBase Studio</source>
        <translation>Clusterdiagramm, erstellt mit MadBase Studio</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Topology documents (*.json);;All files (*)</source>
        <translation>Topologiedokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Topology documents (*.json)</source>
        <translation>Topologiedokumente (*.json)</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>%1 is a bundled example: it opened as a new design, and Save asks where to keep it.</source>
        <translation>%1 ist ein mitgeliefertes Beispiel: Es wurde als neuer Entwurf geöffnet, und beim Speichern werden Sie gefragt, wo er abgelegt werden soll.</translation>
    </message>
</context>
<context>
    <name>mb::studio::HetznerServersModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>Öffentliche IPv4</translation>
    </message>
</context>
<context>
    <name>mb::studio::LabelBrowser</name>
    <message>
        <source>Log labels</source>
        <translation>Log-Labels</translation>
    </message>
    <message>
        <source>Label values</source>
        <translation>Label-Werte</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>&amp;Values (click to add to the selector)</source>
        <translation>&amp;Werte (zum Hinzufügen zum Selektor klicken)</translation>
    </message>
</context>
<context>
    <name>mb::studio::LiveCatalogue</name>
    <message>
        <source>Add a Hetzner project and its token in Preferences → Providers to fetch live prices.</source>
        <translation>Fügen Sie unter Einstellungen → Anbieter ein Hetzner-Projekt mit seinem Token hinzu, um aktuelle Preise abzurufen.</translation>
    </message>
    <message>
        <source>No Hetzner project has a token yet: enter one in Preferences → Providers.</source>
        <translation>Noch kein Hetzner-Projekt hat ein Token: Geben Sie eines unter Einstellungen → Anbieter ein.</translation>
    </message>
    <message>
        <source>The prices were not refreshed: %1</source>
        <translation>Die Preise wurden nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>More than %1 lines share the timestamp %2; export them with a larger page.</source>
        <translation>Mehr als %1 Zeilen haben denselben Zeitstempel %2; exportieren Sie sie mit einer größeren Seite.</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogTail</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Connection lost, retrying in %1 s: %2</source>
        <translation>Verbindung verloren, neuer Versuch in %1 s: %2</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogVolumeHistogram</name>
    <message>
        <source>Lines per level over time; drag across it to look at that range</source>
        <translation>Zeilen je Level im Zeitverlauf; ziehen Sie darüber, um diesen Bereich anzusehen</translation>
    </message>
    <message>
        <source>Log volume</source>
        <translation>Log-Volumen</translation>
    </message>
</context>
<context>
    <name>mb::studio::LogsView</name>
    <message>
        <source>&amp;Only matching lines</source>
        <translation>Nur pa&amp;ssende Zeilen</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Umbrechen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>LogQL, e.g. {node=&quot;worker-1&quot;} |= &quot;error&quot;</source>
        <translation>LogQL, z. B. {node=&quot;worker-1&quot;} |= &quot;error&quot;</translation>
    </message>
    <message>
        <source>LogQL query</source>
        <translation>LogQL-Abfrage</translation>
    </message>
    <message>
        <source>Search in the lines</source>
        <translation>In den Zeilen suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Follow new lines as they come</source>
        <translation>Neuen Zeilen folgen, sobald sie eintreffen</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Log-Zeilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Line details</source>
        <translation>Zeilendetails</translation>
    </message>
    <message>
        <source>Select a line to see its labels.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Labels zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>%L1 lines</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <source>Export cancelled; the partial file was removed.</source>
        <translation>Export abgebrochen; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>Exported %L1 lines.</source>
        <translation>%L1 Zeilen exportiert.</translation>
    </message>
    <message>
        <source>No lines in this range.</source>
        <translation>Keine Zeilen in diesem Bereich.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%L1 lines shown</source>
        <translation>%L1 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>%L1 dropped from the window (it keeps %L2)</source>
        <translation>%L1 aus dem Fenster verworfen (es behält %L2)</translation>
    </message>
    <message>
        <source>%L1 dropped by the server</source>
        <translation>%L1 vom Server verworfen</translation>
    </message>
    <message>
        <source>paused: %L1 new lines held; scroll to the end or Resume</source>
        <translation>angehalten: %L1 neue Zeilen zurückgehalten; scrollen Sie ans Ende oder wählen Sie Fortsetzen</translation>
    </message>
    <message>
        <source>following</source>
        <translation>folgt neuen Zeilen</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Time: %1 (%2 ns)
</source>
        <translation>Zeit: %1 (%2 ns)
</translation>
    </message>
    <message>
        <source>Export all matching lines</source>
        <translation>Alle passenden Zeilen exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>mb::studio::MainWindow</name>
    <message>
        <source>Designer canvas</source>
        <translation>Entwurfs-Zeichenfläche</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Drag a pillar into its zone on the canvas, or select it and press Enter. Pillars the cluster already has are greyed out.</source>
        <translation>Ziehen Sie eine Säule in ihre Zone auf der Zeichenfläche, oder wählen Sie sie aus und drücken Sie die Eingabetaste. Säulen, die der Cluster bereits hat, sind ausgegraut.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Show the Problems panel</source>
        <translation>Bereich „Probleme“ anzeigen</translation>
    </message>
    <message>
        <source>%1[*] — MadBase Studio</source>
        <translation>%1[*] — MadBase Studio</translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Unbenannter Cluster</translation>
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
        <translation>Läuft kostenlos auf diesem Rechner; dies sind die Hetzner-Preise für denselben Entwurf.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Verbindung verloren, neuer Versuch…</translation>
    </message>
    <message>
        <source>Connect to a cluster from the Cluster menu.</source>
        <translation>Verbinden Sie sich über das Menü „Cluster“ mit einem Cluster.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Verbindung trennen</translation>
    </message>
    <message>
        <source>Could not compute the plan: %1</source>
        <translation>Der Plan konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message numerus="yes">
        <source>The design breaks %n rule(s). Fix them (see Problems) before reviewing changes.</source>
        <translation>
            <numerusform>Der Entwurf verstößt gegen %n Regel. Beheben Sie den Verstoß (siehe Probleme), bevor Sie die Änderungen prüfen.</numerusform>
            <numerusform>Der Entwurf verstößt gegen %n Regeln. Beheben Sie die Verstöße (siehe Probleme), bevor Sie die Änderungen prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Plan wird berechnet…</translation>
    </message>
    <message>
        <source>Finishing the save before closing…</source>
        <translation>Speichern wird vor dem Schließen abgeschlossen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Starter Cluster</source>
        <translation>&amp;Starter-Cluster</translation>
    </message>
    <message>
        <source>A new design from the starter template</source>
        <translation>Ein neuer Entwurf aus der Starter-Vorlage</translation>
    </message>
    <message>
        <source>&amp;Production Cluster</source>
        <translation>&amp;Produktions-Cluster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A new design from the production template</source>
        <translation>Ein neuer Entwurf aus der Produktionsvorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a topology document</source>
        <translation>Ein Topologiedokument öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>Den Entwurf speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the design under a new name</source>
        <translation>Den Entwurf unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the diagram as an image</source>
        <translation>Das Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export as S&amp;VG…</source>
        <translation>Als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the diagram as a vector drawing</source>
        <translation>Das Diagramm als Vektorgrafik speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close MadBase Studio</source>
        <translation>MadBase Studio schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Die eben rückgängig gemachte Bearbeitung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Remove Pillar</source>
        <translation>Säule ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected pillar from the design</source>
        <translation>Die ausgewählte Säule aus dem Entwurf entfernen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Clear the selection and show the cluster&apos;s settings</source>
        <translation>Die Auswahl aufheben und die Einstellungen des Clusters anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Die Zeichenfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Die Zeichenfläche verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole cluster</source>
        <translation>Den ganzen Cluster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Den ganzen Bildschirm nutzen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+%1</source>
        <translation>Ctrl+Shift+%1</translation>
    </message>
    <message>
        <source>Add the %1 pillar to the %2</source>
        <translation>Säule %1 in die %2 einfügen</translation>
    </message>
    <message>
        <source>Scale &amp;Up</source>
        <translation>&amp;Hochskalieren</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Add nodes to the selected pillar (state: 1 → 3 → 5)</source>
        <translation>Der ausgewählten Säule Knoten hinzufügen (state: 1 → 3 → 5)</translation>
    </message>
    <message>
        <source>Scale &amp;Down</source>
        <translation>He&amp;runterskalieren</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Remove nodes from the selected pillar</source>
        <translation>Knoten aus der ausgewählten Säule entfernen</translation>
    </message>
    <message>
        <source>Change &amp;Plan…</source>
        <translation>&amp;Tarif ändern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Choose a bigger or smaller plan for the selected pillar</source>
        <translation>Einen größeren oder kleineren Tarif für die ausgewählte Säule wählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Bootstrap this cluster or connect to its control plane</source>
        <translation>Diesen Cluster initialisieren oder mit seiner Steuerungsebene verbinden</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>See every action and the cost difference before applying the design</source>
        <translation>Jede Aktion und die Kostendifferenz vor dem Anwenden des Entwurfs ansehen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Language and other settings</source>
        <translation>Sprache und weitere Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Alle Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <source>&amp;About MadBase Studio</source>
        <translation>&amp;Über MadBase Studio</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export Diagram</source>
        <translation>Diagramm e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <translation>Säule hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Middle button, or Space+drag</source>
        <translation>Mittlere Maustaste oder Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>About MadBase Studio</source>
        <translation>Über MadBase Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MadBase Studio %1&lt;/h3&gt;&lt;p&gt;Design, provision, scale and watch MadBase clusters.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MadBase Studio %1&lt;/h3&gt;&lt;p&gt;MadBase-Cluster entwerfen, bereitstellen, skalieren und überwachen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer. Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Show Its Pillar</source>
        <translation>Säule anzeigen</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Change This Node&apos;s Plan</source>
        <translation>Tarif dieses Knotens ändern</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3 GB)</source>
        <translation>%1 (%2 vCPU, %3 GB)</translation>
    </message>
    <message>
        <source>%1 will move to %2: review the changes to apply it.</source>
        <translation>%1 wechselt zu %2: prüfen Sie die Änderungen, um sie anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n changes pending</source>
        <translation>
            <numerusform>Verbunden · %n Änderung ausstehend</numerusform>
            <numerusform>Verbunden · %n Änderungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>The nodes differ from the cluster&apos;s topology; applying runs:</source>
        <translation>Die Knoten weichen von der Topologie des Clusters ab; beim Anwenden wird ausgeführt:</translation>
    </message>
    <message>
        <source>C&amp;heck…</source>
        <translation>&amp;Selbsttest…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Send a request through every hop of the running cluster and show each result</source>
        <translation>Eine Anfrage durch jede Station des laufenden Clusters schicken und jedes Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Show Metrics</source>
        <translation>Metriken anzeigen</translation>
    </message>
    <message>
        <source>Show Logs</source>
        <translation>Logs anzeigen</translation>
    </message>
</context>
<context>
    <name>mb::studio::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
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
        <translation>Keine Daten: nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>No data: the metrics store does not answer (%1)</source>
        <translation>Keine Daten: Der Metrik-Speicher antwortet nicht (%1)</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>Keine Daten: %1</translation>
    </message>
    <message>
        <source>No data in this time range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No data: no such series in the last 7 days.</source>
        <translation>Keine Daten: keine solche Zeitreihe in den letzten 7 Tagen.</translation>
    </message>
</context>
<context>
    <name>mb::studio::MetricsView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Säule: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodeDetailsPane</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>wird neu gestartet</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy: missed heartbeats</source>
        <translation>gestört: Heartbeats ausgeblieben</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>Select a node to see its details and the software it runs.</source>
        <translation>Wählen Sie einen Knoten, um seine Details und die Software zu sehen, die er ausführt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation>Säule:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Letzter Heartbeat:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
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
        <translation>keiner nötig: Er betreibt die Steuerungsebene</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>No component reported yet.</source>
        <translation>Noch keine Komponente gemeldet.</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodePlansModel</name>
    <message>
        <source>Not deployed: the pillar&apos;s node count is %1, so this override is not used.</source>
        <translation>Nicht bereitgestellt: Die Säule hat %1 Knoten, daher wird dieser eigene Tarif nicht verwendet.</translation>
    </message>
    <message>
        <source>This node&apos;s own plan. Double-click to change it or go back to the pillar plan.</source>
        <translation>Eigener Tarif dieses Knotens. Doppelklicken, um ihn zu ändern oder zum Säulentarif zurückzukehren.</translation>
    </message>
    <message>
        <source>The pillar&apos;s plan. Double-click to give this node its own.</source>
        <translation>Tarif der Säule. Doppelklicken, um diesem Knoten einen eigenen zu geben.</translation>
    </message>
    <message>
        <source>%1 (not deployed)</source>
        <translation>%1 (nicht bereitgestellt)</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
</context>
<context>
    <name>mb::studio::NodesModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 von %2 laufen</translation>
    </message>
    <message>
        <source> · %1 is %2</source>
        <translation> · %1 hat den Status %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3, restarts: %4</source>
        <translation>%1 (%2): %3, Neustarts: %4</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>missed heartbeats</source>
        <translation>Heartbeats ausgeblieben</translation>
    </message>
</context>
<context>
    <name>mb::studio::ObserveDocks</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
</context>
<context>
    <name>mb::studio::PaletteWidget</name>
    <message>
        <source>Drag a pillar into its zone on the canvas, or press Enter to add it there.</source>
        <translation>Ziehen Sie eine Säule in ihre Zone auf der Zeichenfläche, oder drücken Sie die Eingabetaste, um sie dort hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1
on the canvas</source>
        <translation>%1
auf der Zeichenfläche</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The cluster already has %1.</source>
        <translation>Der Cluster hat bereits %1.</translation>
    </message>
    <message>
        <source>%1 — %2. Drag it into the %3.</source>
        <translation>%1 — %2. Ziehen Sie die Säule in die %3.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PillarCard</name>
    <message>
        <source>unknown plan</source>
        <translation>unbekannter Tarif</translation>
    </message>
    <message>
        <source>not priced in %1</source>
        <translation>kein Preis in %1</translation>
    </message>
    <message>
        <source>Problems: %1 (see the Problems panel)</source>
        <translation>Probleme: %1 (siehe Bereich „Probleme“)</translation>
    </message>
    <message>
        <source>Add nodes: %1 → %2</source>
        <translation>Knoten hinzufügen: %1 → %2</translation>
    </message>
    <message>
        <source>%1 cannot have more nodes</source>
        <translation>%1 kann nicht mehr Knoten haben</translation>
    </message>
    <message>
        <source>Remove nodes: %1 → %2</source>
        <translation>Knoten entfernen: %1 → %2</translation>
    </message>
    <message>
        <source>%1 needs at least this many nodes</source>
        <translation>%1 braucht mindestens so viele Knoten</translation>
    </message>
    <message>
        <source>Change the plan of every %1 node (vertical scaling)</source>
        <translation>Tarif aller %1-Knoten ändern (vertikale Skalierung)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>scales by plan</source>
        <translation>skaliert per Tarif</translation>
    </message>
    <message>
        <source>%1/%2 healthy</source>
        <translation>%1/%2 betriebsbereit</translation>
    </message>
    <message>
        <source>CPU now: %1 %</source>
        <translation>CPU aktuell: %1 %</translation>
    </message>
</context>
<context>
    <name>mb::studio::PillarInspector</name>
    <message>
        <source>Pillar plan</source>
        <translation>Säulentarif</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>System runs exactly one node. To give it more capacity, choose a bigger plan.</source>
        <translation>System läuft auf genau einem Knoten. Für mehr Kapazität wählen Sie einen größeren Tarif.</translation>
    </message>
    <message>
        <source>1 to 100 nodes behind one floating IP.</source>
        <translation>1 bis 100 Knoten hinter einer Floating IP.</translation>
    </message>
    <message>
        <source>One node or more; functions are spread over all of them.</source>
        <translation>Ein oder mehrere Knoten; Funktionen werden auf alle verteilt.</translation>
    </message>
    <message>
        <source>1 node, or 3 or 5 for quorum: an odd number survives a failure.</source>
        <translation>1 Knoten, oder 3 bzw. 5 für ein Quorum: Eine ungerade Anzahl übersteht einen Ausfall.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Per-node plans</source>
        <translation>Tarife pro Knoten</translation>
    </message>
    <message>
        <source>Give single nodes their own plan, for example a bigger database primary. Double-click a plan to change it.</source>
        <translation>Geben Sie einzelnen Knoten einen eigenen Tarif, zum Beispiel einem größeren Datenbank-Primary. Doppelklicken Sie auf einen Tarif, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <source>not offered in %1</source>
        <translation>nicht angeboten in %1</translation>
    </message>
    <message>
        <source>%1 per node</source>
        <translation>%1 pro Knoten</translation>
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
        <translation>Dieser Tarif ist nicht im Katalog; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>%1 is deprecated and no longer sold after %2; its successor is %3.</source>
        <translation>%1 ist veraltet und nach %2 nicht mehr erhältlich; sein Nachfolger ist %3.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>%1, public IPv4 addresses included</source>
        <translation>%1, inklusive öffentlicher IPv4-Adressen</translation>
    </message>
    <message>
        <source>Hetzner deprecated %1 in %2: it can be ordered until %3. Choose another plan for new nodes.</source>
        <translation>Hetzner hat %1 in %2 als veraltet markiert: Der Tarif kann bis %3 bestellt werden. Wählen Sie für neue Knoten einen anderen Tarif.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PlanListModel</name>
    <message>
        <source>%1 — deprecated, replaced by %2</source>
        <translation>%1 — veraltet, ersetzt durch %2</translation>
    </message>
    <message>
        <source>%1 — unknown plan</source>
        <translation>%1 — unbekannter Tarif</translation>
    </message>
    <message>
        <source>%1 is no longer sold; %2 (%3) is used in its place.</source>
        <translation>%1 ist nicht mehr erhältlich; stattdessen wird %2 (%3) verwendet.</translation>
    </message>
    <message>
        <source>%1 is not in the plan catalogue.</source>
        <translation>%1 ist nicht im Tarifkatalog.</translation>
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
        <translation>%1 — in %2 nicht angeboten</translation>
    </message>
    <message>
        <source>%1 is not sold in %2; choose a plan offered there, or another location.</source>
        <translation>%1 wird in %2 nicht verkauft; wählen Sie einen dort angebotenen Tarif oder einen anderen Standort.</translation>
    </message>
    <message>
        <source>%1 · deprecated, sold until %2</source>
        <translation>%1 · veraltet, erhältlich bis %2</translation>
    </message>
    <message>
        <source>%1
%2
Hetzner deprecated this plan in %3: it can be ordered until %4.</source>
        <translation>%1
%2
Hetzner hat diesen Tarif in %3 als veraltet markiert: Er kann bis %4 bestellt werden.</translation>
    </message>
</context>
<context>
    <name>mb::studio::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time MadBase Studio starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MadBase Studio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Colours follow your system&apos;s light or dark appearance.</source>
        <translation>Die Farben folgen dem hellen oder dunklen Erscheinungsbild Ihres Systems.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>P&amp;roviders</source>
        <translation>An&amp;bieter</translation>
    </message>
</context>
<context>
    <name>mb::studio::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
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
        <translation>Keine Probleme: Der Entwurf hält alle Regeln ein.</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::PromQueryPanel</name>
    <message>
        <source>PromQL, e.g. rate(node_network_receive_bytes_total[1m])</source>
        <translation>PromQL, z. B. rate(node_network_receive_bytes_total[1m])</translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation>PromQL-Abfrage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>mb::studio::PromTableModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>mb::studio::ProvidersPage</name>
    <message>
        <source>&amp;Add project</source>
        <translation>Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve project…</source>
        <translation>Projekt ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Save token</source>
        <translation>Token &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Remove to&amp;ken</source>
        <translation>Token entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Generate ed25519 key</source>
        <translation>ed25519-Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation>Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>Öffentlichen Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>A Hetzner Cloud project; its token works in that project only.</source>
        <translation>Ein Hetzner-Cloud-Projekt; sein Token gilt nur in diesem Projekt.</translation>
    </message>
    <message>
        <source>new project name, e.g. production</source>
        <translation>Name des neuen Projekts, z. B. production</translation>
    </message>
    <message>
        <source>Leave empty for Hetzner&apos;s API; set it to use another endpoint (an emulator).</source>
        <translation>Für die Hetzner-API leer lassen; setzen Sie einen Wert, um einen anderen Endpunkt (einen Emulator) zu verwenden.</translation>
    </message>
    <message>
        <source>A read &amp; write API token of the project (Hetzner Console → Security → API tokens).</source>
        <translation>Ein API-Token des Projekts mit Lese- &amp; Schreibrechten (Hetzner Console → Security → API tokens).</translation>
    </message>
    <message>
        <source>No key yet: generate one or import your own.</source>
        <translation>Noch kein Schlüssel: Erzeugen Sie einen oder importieren Sie Ihren eigenen.</translation>
    </message>
    <message>
        <source>Hetzner Cloud projects</source>
        <translation>Hetzner-Cloud-Projekte</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-En&amp;dpunkt:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>SSH key of the project&apos;s clusters</source>
        <translation>SSH-Schlüssel der Cluster des Projekts</translation>
    </message>
    <message>
        <source>Replace the SSH key?</source>
        <translation>SSH-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>Servers that trust only the current key will no longer accept a new one. Replace %1?</source>
        <translation>Server, die nur dem aktuellen Schlüssel vertrauen, akzeptieren keinen neuen mehr. %1 ersetzen?</translation>
    </message>
    <message>
        <source>Import a private SSH key</source>
        <translation>Privaten SSH-Schlüssel importieren</translation>
    </message>
    <message>
        <source>No keychain answered (%1). Tokens are kept in %2, readable by you only.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1). Tokens werden in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>“%1” is not a project name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 63 characters.</source>
        <translation>„%1“ ist kein Projektname: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>Projekt entfernen?</translation>
    </message>
    <message>
        <source>Forget %1 and remove its token from the keychain? Its servers are not touched.</source>
        <translation>%1 vergessen und sein Token aus dem Schlüsselbund entfernen? Die Server des Projekts bleiben unberührt.</translation>
    </message>
    <message>
        <source>Add a project to enter its token.</source>
        <translation>Fügen Sie ein Projekt hinzu, um sein Token einzugeben.</translation>
    </message>
    <message>
        <source>The stored token cannot be read: %1</source>
        <translation>Das gespeicherte Token kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No token stored for %1.</source>
        <translation>Kein Token für %1 gespeichert.</translation>
    </message>
    <message>
        <source>A token is stored in %1.</source>
        <translation>Ein Token ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain.</source>
        <translation>Ein Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>stored — type a new one to replace it</source>
        <translation>gespeichert — geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>paste the project&apos;s API token</source>
        <translation>API-Token des Projekts einfügen</translation>
    </message>
    <message>
        <source>Asking the Hetzner API…</source>
        <translation>Hetzner-API wird abgefragt…</translation>
    </message>
    <message>
        <source>API budget: %1 of %2 requests left this hour.</source>
        <translation>API-Kontingent: noch %1 von %2 Anfragen in dieser Stunde.</translation>
    </message>
    <message>
        <source>Paste the project&apos;s API token first.</source>
        <translation>Fügen Sie zuerst das API-Token des Projekts ein.</translation>
    </message>
    <message>
        <source>Token saved. %1</source>
        <translation>Token gespeichert. %1</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token entfernt.</translation>
    </message>
    <message>
        <source>No SSH key yet.</source>
        <translation>Noch kein SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>Re&amp;place with a new key…</source>
        <translation>Durch neuen Schlüssel erset&amp;zen…</translation>
    </message>
    <message>
        <source>Private key: %1 (readable by you only) · %2</source>
        <translation>Privater Schlüssel: %1 (nur für Sie lesbar) · %2</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewActionsModel</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new, %1</source>
        <translation>neu, %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, with its data</source>
        <translation>%1, mit seinen Daten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewDialog</name>
    <message>
        <source>Review changes — %1</source>
        <translation>Änderungen prüfen — %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Apply runs exactly this plan; if the cluster changed meanwhile, it is refused.</source>
        <translation>Beim Anwenden wird genau dieser Plan ausgeführt; hat sich der Cluster inzwischen geändert, wird er abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden…</numerusform>
            <numerusform>%n Änderungen &amp;anwenden…</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the cluster already matches the design.</source>
        <translation>Keine Änderungen: Der Cluster entspricht bereits dem Entwurf.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to resize, %3 to remove</source>
        <translation>%1 zu erstellen, %2 zu skalieren, %3 zu entfernen</translation>
    </message>
    <message>
        <source>Monthly cost: %1 → %2 (%3%4)</source>
        <translation>Monatliche Kosten: %1 → %2 (%3%4)</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to %1?</source>
        <translation>
            <numerusform>%n Änderung auf %1 anwenden?</numerusform>
            <numerusform>%n Änderungen auf %1 anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Resized nodes are powered off while they change plan; removed nodes lose their data. %1</source>
        <translation>Skalierte Knoten werden während des Tarifwechsels ausgeschaltet; entfernte Knoten verlieren ihre Daten. %1</translation>
    </message>
</context>
<context>
    <name>mb::studio::Startup</name>
    <message>
        <source>Design, provision, scale and watch MadBase clusters.</source>
        <translation>MadBase-Cluster entwerfen, bereitstellen, skalieren und überwachen.</translation>
    </message>
    <message>
        <source>Render the main views as PNG files into &lt;directory&gt;, then exit.</source>
        <translation>Die Hauptansichten als PNG-Dateien in &lt;Verzeichnis&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Topology document to open (default: the bundled starter cluster).</source>
        <translation>Zu öffnendes Topologiedokument (Standard: der mitgelieferte Starter-Cluster).</translation>
    </message>
</context>
<context>
    <name>mb::studio::TimeRangeBar</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Automatische Aktualisierung aus</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>Alle 10 s</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Alle 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh now (%1)</source>
        <translation>Jetzt aktualisieren (%1)</translation>
    </message>
</context>
<context>
    <name>mb::topology</name>
    <message>
        <source>Plan &quot;%1&quot; has cores, memory or disk out of range.</source>
        <translation>Tarif „%1“ hat Kerne, Arbeitsspeicher oder Disk außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price in %2 outside 0 to 100000.</source>
        <translation>Tarif „%1“ hat in %2 einen Preis außerhalb von 0 bis 100000.</translation>
    </message>
    <message>
        <source>%1 × %2 server</source>
        <translation>%1 × Server %2</translation>
    </message>
    <message>
        <source>%1 × public IPv4 address</source>
        <translation>%1 × öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>1 × floating IPv4 in front of the proxies</source>
        <translation>1 × Floating IPv4 vor den Proxys</translation>
    </message>
    <message>
        <source>private network %1</source>
        <translation>privates Netzwerk %1</translation>
    </message>
    <message>
        <source>Catalogue format %1 is not supported; this build reads format 1.</source>
        <translation>Katalogformat %1 wird nicht unterstützt; dieser Build liest Format 1.</translation>
    </message>
    <message>
        <source>&quot;locations&quot; must be an array.</source>
        <translation>„locations“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; has a price for unknown location &quot;%2&quot;.</source>
        <translation>Tarif „%1“ hat einen Preis für den unbekannten Standort „%2“.</translation>
    </message>
    <message>
        <source>&quot;plans&quot; must be an array.</source>
        <translation>„plans“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Legacy plan &quot;%1&quot; does not lead to a current plan.</source>
        <translation>Der veraltete Tarif „%1“ führt zu keinem aktuellen Tarif.</translation>
    </message>
    <message>
        <source>Cluster name &quot;%1&quot; is not DNS-safe: use 1 to 40 lower-case letters, digits and &apos;-&apos;, starting with a letter (it prefixes every node&apos;s host name).</source>
        <translation>Der Clustername „%1“ ist nicht DNS-tauglich: Verwenden Sie 1 bis 40 Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend mit einem Buchstaben (er wird jedem Hostnamen der Knoten vorangestellt).</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; is unknown: use &quot;local&quot; (this machine) or &quot;hetzner&quot;.</source>
        <translation>Anbieter „%1“ ist unbekannt: Verwenden Sie „local“ (dieser Rechner) oder „hetzner“.</translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; is unknown; choose one of: %2.</source>
        <translation>Standort „%1“ ist unbekannt; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 network in CIDR notation, like &quot;10.0.0.0/16&quot;.</source>
        <translation>„%1“ ist kein IPv4-Netzwerk in CIDR-Notation wie „10.0.0.0/16“.</translation>
    </message>
    <message>
        <source>Network %1 is not private address space: use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.</source>
        <translation>Netzwerk %1 ist kein privater Adressraum: Verwenden Sie einen Bereich innerhalb von 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16.</translation>
    </message>
    <message>
        <source>Network %1 has host bits set; it will be used as %2.</source>
        <translation>Netzwerk %1 hat gesetzte Host-Bits; es wird als %2 verwendet.</translation>
    </message>
    <message>
        <source>Network %1 is too small: cloud networks need at least a /24 (256 addresses).</source>
        <translation>Netzwerk %1 ist zu klein: Cloud-Netzwerke brauchen mindestens ein /24 (256 Adressen).</translation>
    </message>
    <message>
        <source>Network %1 has room for %2 nodes but the topology has %3: use a larger range (a smaller prefix, like /16).</source>
        <translation>Netzwerk %1 bietet Platz für %2 Knoten, die Topologie hat aber %3: Verwenden Sie einen größeren Bereich (ein kürzeres Präfix wie /16).</translation>
    </message>
    <message>
        <source>The SSH safelist is empty: no address can reach SSH on the public nodes. Add your office or VPN range to allow it.</source>
        <translation>Die SSH-Freigabeliste ist leer: Keine Adresse erreicht SSH auf den öffentlichen Knoten. Fügen Sie Ihren Büro- oder VPN-Bereich hinzu, um den Zugang zu erlauben.</translation>
    </message>
    <message>
        <source>SSH safelist entry &quot;%1&quot; is not a network in CIDR notation, like &quot;203.0.113.0/24&quot; or &quot;2001:db8::/32&quot;.</source>
        <translation>Der Eintrag „%1“ der SSH-Freigabeliste ist kein Netzwerk in CIDR-Notation wie „203.0.113.0/24“ oder „2001:db8::/32“.</translation>
    </message>
    <message>
        <source>SSH safelist entry %1 lets the whole Internet try to log in to every public node; list only the ranges you administer from.</source>
        <translation>Der Eintrag %1 der SSH-Freigabeliste lässt das ganze Internet Anmeldungen an jedem öffentlichen Knoten versuchen; tragen Sie nur die Bereiche ein, von denen aus Sie administrieren.</translation>
    </message>
    <message>
        <source>The %1 pillar is missing: every cluster needs System, Proxy, Worker and State. Add it to the %2 zone.</source>
        <translation>Die Säule %1 fehlt: Jeder Cluster braucht System, Proxy, Worker und State. Fügen Sie sie der Zone „%2“ hinzu.</translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the public zone: it must be reachable from the Internet, and private nodes have no public IP.</source>
        <translation>Die Säule %1 gehört in die öffentliche Zone: Sie muss aus dem Internet erreichbar sein, und private Knoten haben keine öffentliche IP.</translation>
    </message>
    <message>
        <source>The %1 pillar belongs in the private zone: it holds code or data that must never have a public IP.</source>
        <translation>Die Säule %1 gehört in die private Zone: Sie enthält Code oder Daten, die niemals eine öffentliche IP haben dürfen.</translation>
    </message>
    <message>
        <source>Node %1 has its own plan but the %2 pillar has only %3 nodes; the override is ignored.</source>
        <translation>Knoten %1 hat einen eigenen Tarif, aber die Säule %2 hat nur %3 Knoten; der eigene Tarif wird ignoriert.</translation>
    </message>
    <message>
        <source>System needs exactly 1 node, not %1: it scales vertically only. Choose a bigger plan to give it more capacity.</source>
        <translation>System braucht genau 1 Knoten, nicht %1: Es skaliert nur vertikal. Wählen Sie einen größeren Tarif für mehr Kapazität.</translation>
    </message>
    <message>
        <source>Proxy needs 1 to 100 nodes, not %1: at least one must face the Internet, and the floating IP balances at most 100.</source>
        <translation>Proxy braucht 1 bis 100 Knoten, nicht %1: Mindestens einer muss zum Internet hin erreichbar sein, und die Floating IP verteilt auf höchstens 100.</translation>
    </message>
    <message>
        <source>Worker needs at least 1 node, not %1: without one no function can run.</source>
        <translation>Worker braucht mindestens 1 Knoten, nicht %1: Ohne Knoten kann keine Funktion laufen.</translation>
    </message>
    <message>
        <source>State has 1 node: no high availability. If it fails, the database and cache are down until it is back; use 3 nodes for failover.</source>
        <translation>State hat 1 Knoten: keine Hochverfügbarkeit. Fällt er aus, sind Datenbank und Cache nicht verfügbar, bis er zurück ist; verwenden Sie 3 Knoten für Failover.</translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes: with %1, one failure loses quorum.</source>
        <translation>State braucht 1, 3 oder 5 Knoten: Bei %1 geht durch einen Ausfall das Quorum verloren.</translation>
    </message>
    <message>
        <source>State needs 1, 3 or 5 nodes, not %1: quorum needs an odd number, and 5 is the most it is sized for.</source>
        <translation>State braucht 1, 3 oder 5 Knoten, nicht %1: Ein Quorum braucht eine ungerade Anzahl, und 5 ist das Maximum, für das es ausgelegt ist.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is unknown; run &quot;madbasectl plans&quot; to list the plans on offer.</source>
        <translation>Tarif „%1“ ist unbekannt; „madbasectl plans“ listet die angebotenen Tarife auf.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is deprecated (since %2, no longer sold after %3); its successor &quot;%4&quot; (%5 vCPU, %6 GB RAM, %7 GB disk) will be used.</source>
        <translation>Tarif „%1“ ist veraltet (seit %2, nach %3 nicht mehr erhältlich); stattdessen wird sein Nachfolger „%4“ (%5 vCPU, %6 GB RAM, %7 GB Disk) verwendet.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; is not offered in %2; it is sold in: %3. Pick another plan or location.</source>
        <translation>Tarif „%1“ wird in %2 nicht angeboten; erhältlich in: %3. Wählen Sie einen anderen Tarif oder Standort.</translation>
    </message>
    <message>
        <source>Zone &quot;%1&quot; is not a zone; use &quot;public&quot; or &quot;private&quot;.</source>
        <translation>„%1“ ist keine Zone; verwenden Sie „public“ oder „private“.</translation>
    </message>
    <message>
        <source>Node key &quot;%1&quot; must be a node number: 1, 2, 3…</source>
        <translation>Knotenschlüssel „%1“ muss eine Knotennummer sein: 1, 2, 3…</translation>
    </message>
    <message>
        <source>Topology format version %1 is not supported; this build reads version %2.</source>
        <translation>Topologieformat-Version %1 wird nicht unterstützt; dieser Build liest Version %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price from 0 to 100000; write it like &quot;3.49&quot;.</source>
        <translation>„%1“ ist kein Preis zwischen 0 und 100000; schreiben Sie ihn zum Beispiel als „3.49“.</translation>
    </message>
    <message>
        <source>metricsRetention must be a number of days, weeks or years such as 30d, 8w or 1y, not &quot;%1&quot;.</source>
        <translation>metricsRetention muss eine Anzahl von Tagen, Wochen oder Jahren wie 30d, 8w oder 1y sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>lokiUrl must be an http:// or https:// URL without credentials, not &quot;%1&quot;.</source>
        <translation>lokiUrl muss eine http://- oder https://-URL ohne Zugangsdaten sein, nicht „%1“.</translation>
    </message>
</context>
</TS>
