<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>The offline cache could not install its query functions.</source>
        <translation>Der Offline-Cache konnte seine Abfragefunktionen nicht einrichten.</translation>
    </message>
    <message>
        <source>orderBy is sorted in memory</source>
        <translation>orderBy wird im Speicher sortiert</translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>The patch path %1 does not exist.</source>
        <translation>Der Patch-Pfad %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>cw::Actions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Find Tickets…</source>
        <translation>Tickets &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Go to Ticket…</source>
        <translation>&amp;Gehe zu Ticket…</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Reload Lists</source>
        <translation>Listen neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>&amp;Assign To</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>&amp;Priorität setzen</translation>
    </message>
    <message>
        <source>Set &amp;Team</source>
        <translation>&amp;Team setzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Send queued changes and fetch what changed on the server</source>
        <translation>Wartende Änderungen senden und abrufen, was sich auf dem Server geändert hat</translation>
    </message>
    <message>
        <source>Nothing to choose from in the offline cache</source>
        <translation>Im Offline-Cache gibt es nichts zur Auswahl</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>company at site</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Go to Ticket</source>
        <translation>Gehe zu Ticket</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>Ticket&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time CW Desk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von CW Desk.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The selected tickets&apos; boards share no status</source>
        <translation>Die Boards der ausgewählten Tickets haben keinen gemeinsamen Status</translation>
    </message>
    <message>
        <source>The selected tickets&apos; boards share no team</source>
        <translation>Die Boards der ausgewählten Tickets haben kein gemeinsames Team</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Close Ticket Tab</source>
        <translation>Ticket-Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>Boards, priorities, SLAs, sources, service locations and callbacks of the site</source>
        <translation>Boards, Prioritäten, SLAs, Quellen, Serviceorte und Callbacks der Site</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
</context>
<context>
    <name>cw::AdminChange</name>
    <message>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <source>Working offline: settings are changed on the server only. Connect to change them.</source>
        <translation>Offline-Betrieb: Einstellungen werden nur auf dem Server geändert. Verbinden Sie sich, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The server cannot be reached: settings are changed on the server only. Retry when it can be reached.</source>
        <translation>Der Server ist nicht erreichbar: Einstellungen werden nur auf dem Server geändert. Versuchen Sie es erneut, wenn er erreichbar ist.</translation>
    </message>
    <message>
        <source>Not signed in: settings are changed on the server only. Connect first.</source>
        <translation>Nicht angemeldet: Einstellungen werden nur auf dem Server geändert. Verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation>Wählen Sie zuerst ein Board.</translation>
    </message>
</context>
<context>
    <name>cw::AdminKinds</name>
    <message>
        <source>board #%1</source>
        <translation>Board #%1</translation>
    </message>
    <message>
        <source>status #%1 of board #%2</source>
        <translation>Status #%1 von Board #%2</translation>
    </message>
    <message>
        <source>type #%1 of board #%2</source>
        <translation>Typ #%1 von Board #%2</translation>
    </message>
    <message>
        <source>subtype #%1 of board #%2</source>
        <translation>Subtyp #%1 von Board #%2</translation>
    </message>
    <message>
        <source>team #%1 of board #%2</source>
        <translation>Team #%1 von Board #%2</translation>
    </message>
    <message>
        <source>priority #%1</source>
        <translation>Priorität #%1</translation>
    </message>
    <message>
        <source>SLA #%1</source>
        <translation>SLA #%1</translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation>Quelle #%1</translation>
    </message>
    <message>
        <source>service location #%1</source>
        <translation>Serviceort #%1</translation>
    </message>
    <message>
        <source>callback #%1</source>
        <translation>Callback #%1</translation>
    </message>
</context>
<context>
    <name>cw::AdminListModel</name>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Subtypes</source>
        <translation>Subtypen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Service Locations</source>
        <translation>Serviceorte</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>Subtyp</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>Serviceort</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basiert auf</translation>
    </message>
    <message>
        <source>Respond (h)</source>
        <translation>Reaktion (h)</translation>
    </message>
    <message>
        <source>Plan within (h)</source>
        <translation>Planung (h)</translation>
    </message>
    <message>
        <source>Resolve (h)</source>
        <translation>Lösung (h)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <source>&amp;Inactive</source>
        <translation>&amp;Inaktiv</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Shown on the board</source>
        <translation>Auf dem Board &amp;angezeigt</translation>
    </message>
    <message>
        <source>&amp;Closes the ticket</source>
        <translation>Schließt das Ti&amp;cket</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>Team&amp;leiter:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Basiert auf:</translation>
    </message>
    <message>
        <source>&amp;Respond within (hours):</source>
        <translation>&amp;Reaktion innerhalb (Stunden):</translation>
    </message>
    <message>
        <source>&amp;Plan within (hours):</source>
        <translation>&amp;Planung innerhalb (Stunden):</translation>
    </message>
    <message>
        <source>Re&amp;solve within (hours):</source>
        <translation>&amp;Lösung innerhalb (Stunden):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Object id:</source>
        <translation>&amp;Objekt-ID:</translation>
    </message>
    <message>
        <source>Choose a board.</source>
        <translation>Wählen Sie ein Board.</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Betrieb</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the server</source>
        <translation>
            <numerusform>%n Eintrag auf dem Server</numerusform>
            <numerusform>%n Einträge auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 are read from the server only.</source>
        <translation>%1: %2 werden nur vom Server gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) from the offline cache</source>
        <translation>
            <numerusform>%1: %n Eintrag aus dem Offline-Cache</numerusform>
            <numerusform>%1: %n Einträge aus dem Offline-Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation>Wählen Sie zuerst ein Board.</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <source>The %1 #%2 is not in the list any more.</source>
        <translation>%1 #%2 ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>cw::AdminPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Edit the selected %1</source>
        <translation>Ausgewählten Eintrag bearbeiten (%1)</translation>
    </message>
    <message>
        <source>Delete the selected %1</source>
        <translation>Ausgewählten Eintrag löschen (%1)</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Could not read the list.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <source>Delete the %1 “%2” (#%3) on the server?</source>
        <translation>%1 „%2“ (#%3) auf dem Server löschen?</translation>
    </message>
</context>
<context>
    <name>cw::AdminRecordDialog</name>
    <message>
        <source>Edit %1 #%2</source>
        <translation>%1 #%2 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>Saving on the server…</source>
        <translation>Wird auf dem Server gespeichert…</translation>
    </message>
</context>
<context>
    <name>cw::AdminWindow</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Why settings cannot be changed</source>
        <translation>Warum Einstellungen nicht geändert werden können</translation>
    </message>
    <message>
        <source>Kinds of settings</source>
        <translation>Arten von Einstellungen</translation>
    </message>
    <message>
        <source>The selected board&apos;s settings</source>
        <translation>Einstellungen des ausgewählten Boards</translation>
    </message>
    <message>
        <source>Close the administration window</source>
        <translation>Administrationsfenster schließen</translation>
    </message>
    <message>
        <source>Board “%1” (#%2):</source>
        <translation>Board „%1“ (#%2):</translation>
    </message>
    <message>
        <source>Choose a board to see its statuses, types, subtypes and teams.</source>
        <translation>Wählen Sie ein Board, um seine Status, Typen, Subtypen und Teams zu sehen.</translation>
    </message>
</context>
<context>
    <name>cw::ApiError</name>
    <message>
        <source>%1 (field %2)</source>
        <comment>server validation error and the field it is about</comment>
        <translation>%1 (Feld %2)</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere, and CW Desk does not follow a redirect to another site or to plain http (the API keys would go along). Check the site address.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet, und CW Desk folgt keiner Umleitung zu einer anderen Site oder zu unverschlüsseltem HTTP (die API-Schlüssel würden mitgesendet). Prüfen Sie die Adresse der Site.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1, and CW Desk does not follow a redirect to another site or to plain http (the API keys would go along). Check the site address.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet, und CW Desk folgt keiner Umleitung zu einer anderen Site oder zu unverschlüsseltem HTTP (die API-Schlüssel würden mitgesendet). Prüfen Sie die Adresse der Site.</translation>
    </message>
    <message>
        <source>The listing could not be fetched completely.</source>
        <translation>Die Liste konnte nicht vollständig abgerufen werden.</translation>
    </message>
    <message>
        <source>The server showed a different certificate from the one trusted for this profile, so nothing was sent. If the server&apos;s certificate was replaced, trust the new one; otherwise someone may be intercepting the connection.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem für dieses Profil vertraut wird; daher wurde nichts gesendet. Wurde das Zertifikat des Servers ersetzt, vertrauen Sie dem neuen; andernfalls fängt womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the site address and your network connection.</source>
        <translation>Der Server wurde nicht gefunden. Prüfen Sie die Adresse der Site und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the site address.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Adresse der Site.</translation>
    </message>
    <message>
        <source>The connection to the server was dropped before the answer was complete.</source>
        <translation>Die Verbindung zum Server wurde getrennt, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A network problem stopped the request.</source>
        <translation>Ein Netzwerkproblem hat die Anfrage verhindert.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. CW Desk only talks to servers whose certificate it can verify.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden; daher wurde nichts gesendet. CW Desk spricht nur mit Servern, deren Zertifikat es prüfen kann.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <source>The server did not accept the API keys (401). Check the company ID, the public key and the private key.</source>
        <translation>Der Server hat die API-Schlüssel nicht akzeptiert (401). Prüfen Sie die Firmen-ID, den öffentlichen und den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The API member is not allowed to do this (403). Check its security role.</source>
        <translation>Das API-Mitglied darf das nicht (403). Prüfen Sie seine Sicherheitsrolle.</translation>
    </message>
    <message>
        <source>The server does not know this address (404). Check the site address and the codebase.</source>
        <translation>Der Server kennt diese Adresse nicht (404). Prüfen Sie die Adresse der Site und die Codebase.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for (404). It may have been deleted.</source>
        <translation>Der Server hat das Angefragte nicht gefunden (404). Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>The record is in use or was changed by someone else (409).</source>
        <translation>Der Datensatz wird verwendet oder wurde von jemand anderem geändert (409).</translation>
    </message>
    <message>
        <source>The server is limiting requests (429). Try again in %L1 s.</source>
        <translation>Der Server begrenzt die Anfragen (429). Versuchen Sie es in %L1 s erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429). Try again shortly.</source>
        <translation>Der Server begrenzt die Anfragen (429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server answered something that is not JSON.</source>
        <translation>Der Server hat etwas geantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>Check the %1 (nothing was sent): %2</source>
        <comment>query parameter, reason</comment>
        <translation>Prüfen Sie %1 (es wurde nichts gesendet): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server message: its validation error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Der Server meldet:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>forward-only paging always returns records in id order, so it cannot be combined with a sort order.</source>
        <translation>Vorwärts-Paging liefert Datensätze immer nach ID geordnet und lässt sich daher nicht mit einer Sortierung kombinieren.</translation>
    </message>
    <message>
        <source>the page size must be between 1 and %1.</source>
        <translation>die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>cw::AssigneeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Team %1 of board %2</source>
        <translation>Team %1 des Boards %2</translation>
    </message>
</context>
<context>
    <name>cw::BoardListModel</name>
    <message>
        <source>%1 (inactive board, #%2)</source>
        <translation>%1 (inaktives Board, #%2)</translation>
    </message>
    <message>
        <source>%1 (board #%2)</source>
        <translation>%1 (Board #%2)</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
</context>
<context>
    <name>cw::BoardTreeModel</name>
    <message>
        <source>My tickets</source>
        <translation>Meine Tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>The tickets could not be counted.</source>
        <translation>Die Tickets konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not available offline: this board was never synced.</source>
        <translation>Offline nicht verfügbar: Dieses Board wurde nie synchronisiert.</translation>
    </message>
</context>
<context>
    <name>cw::Cache</name>
    <message>
        <source>The offline cache %1 could not be started.</source>
        <translation>Der Offline-Cache %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The offline cache cannot be created: %1</source>
        <translation>Der Offline-Cache kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; the offline cache needs it.</source>
        <translation>Qts SQLite-Treiber (QSQLITE) ist nicht installiert; der Offline-Cache benötigt ihn.</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library has no full-text search (FTS5), which the offline cache needs. Install an SQLite built with FTS5 (%1).</source>
        <translation>Die SQLite-Bibliothek des Systems hat keine Volltextsuche (FTS5), die der Offline-Cache benötigt. Installieren Sie ein SQLite mit FTS5 (%1).</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library has no JSON functions, which the offline cache needs. Install SQLite 3.38 or later (%1).</source>
        <translation>Die SQLite-Bibliothek des Systems hat keine JSON-Funktionen, die der Offline-Cache benötigt. Installieren Sie SQLite 3.38 oder neuer (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not switch to write-ahead logging (journal mode %1).</source>
        <translation>Der Offline-Cache konnte nicht auf Write-Ahead-Logging umstellen (Journalmodus %1).</translation>
    </message>
    <message>
        <source>The offline cache cannot be used: %1</source>
        <translation>Der Offline-Cache kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The cache&apos;s schema steps are not numbered 1, 2, 3 … (step %1 is %2).</source>
        <translation>Die Schemaschritte des Caches sind nicht mit 1, 2, 3 … nummeriert (Schritt %1 ist %2).</translation>
    </message>
    <message>
        <source>Step %1 of the cache&apos;s schema (%2) failed: %3</source>
        <translation>Schritt %1 des Cache-Schemas (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CW Desk, so it was left unchanged. Use that version, or name another file.</source>
        <translation>%1 wurde von einer neueren Version von CW Desk geschrieben und blieb daher unverändert. Verwenden Sie diese Version oder geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a CW Desk offline cache, so it was left unchanged. Name a new file or an existing cache.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein Offline-Cache von CW Desk, und blieb daher unverändert. Geben Sie eine neue Datei oder einen vorhandenen Cache an.</translation>
    </message>
    <message>
        <source>%1 is not a CW Desk offline cache (it is not an SQLite database, or it is damaged), so it was left unchanged. Name a new file or an existing cache.</source>
        <translation>%1 ist kein Offline-Cache von CW Desk (keine SQLite-Datenbank oder beschädigt) und blieb daher unverändert. Geben Sie eine neue Datei oder einen vorhandenen Cache an.</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be used and could not be moved aside: %2</source>
        <translation>Der Offline-Cache %1 ist unbrauchbar und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of CW Desk, so a new one was started. The old file was kept as %1.</source>
        <translation>Der Offline-Cache wurde von einer neueren Version von CW Desk geschrieben; daher wurde ein neuer angelegt. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (the file is damaged or is not a cache), so a new one was started. The old file was kept as %1.</source>
        <translation>Der Offline-Cache konnte nicht gelesen werden (die Datei ist beschädigt oder kein Cache); daher wurde ein neuer angelegt. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The offline cache is in use by another program (another CW Desk or cwdesk-cli) and stayed locked for %L1 s; nothing was changed. Try again when it has finished.</source>
        <translation>Der Offline-Cache wird von einem anderen Programm verwendet (einem anderen CW Desk oder cwdesk-cli) und blieb %L1 s lang gesperrt; es wurde nichts geändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The offline cache file is damaged (%1). It will be replaced by a new one the next time it is opened.</source>
        <translation>Die Datei des Offline-Caches ist beschädigt (%1). Sie wird beim nächsten Öffnen durch eine neue ersetzt.</translation>
    </message>
    <message>
        <source>The disk holding the offline cache is full.</source>
        <translation>Der Datenträger mit dem Offline-Cache ist voll.</translation>
    </message>
    <message>
        <source>The offline cache file is read-only (%1).</source>
        <translation>Die Datei des Offline-Caches ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written (%1).</source>
        <translation>Der Offline-Cache konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The offline cache file could not be opened (%1).</source>
        <translation>Die Datei des Offline-Caches konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>Offline cache error: %1</source>
        <translation>Fehler im Offline-Cache: %1</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Record %L1 of %L2 for %3 could not be stored: %4</source>
        <translation>Datensatz %L1 von %L2 für %3 konnte nicht gespeichert werden: %4</translation>
    </message>
    <message>
        <source>Removing configuration links needs the id of their ticket.</source>
        <translation>Zum Entfernen von Konfigurationsverknüpfungen wird die ID ihres Tickets benötigt.</translation>
    </message>
    <message>
        <source>Only a ticket&apos;s or a board&apos;s records can be replaced as a list, and only with the id of that ticket or board.</source>
        <translation>Nur die Datensätze eines Tickets oder eines Boards können als Liste ersetzt werden, und nur mit der ID dieses Tickets oder Boards.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>Der Datensatz hat keine ID.</translation>
    </message>
    <message>
        <source>The note has no ticket id.</source>
        <translation>Die Notiz hat keine Ticket-ID.</translation>
    </message>
    <message>
        <source>The task has no ticket id.</source>
        <translation>Die Aufgabe hat keine Ticket-ID.</translation>
    </message>
    <message>
        <source>A configuration link needs the id of its ticket.</source>
        <translation>Eine Konfigurationsverknüpfung benötigt die ID ihres Tickets.</translation>
    </message>
    <message>
        <source>The record has no board id.</source>
        <translation>Der Datensatz hat keine Board-ID.</translation>
    </message>
</context>
<context>
    <name>cw::CacheFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner.</source>
        <translation>%1 konnte nicht auf den Besitzer beschränkt werden.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>cw::CliApplication</name>
    <message>
        <source>Use the saved profile NAME (default: the profile of the last login).</source>
        <translation>Das gespeicherte Profil NAME verwenden (Standard: das Profil der letzten Anmeldung).</translation>
    </message>
    <message>
        <source>The ConnectWise site: a host (na.myconnectwise.net), host:port, or a URL with its scheme (http://127.0.0.1:8080 for a local sandbox; plain http only on this computer). Without --profile, a connection of its own.</source>
        <translation>Die ConnectWise-Site: ein Host (na.myconnectwise.net), Host:Port oder eine URL mit Schema (http://127.0.0.1:8080 für eine lokale Sandbox; unverschlüsseltes http nur auf diesem Computer). Ohne --profile eine eigene Verbindung.</translation>
    </message>
    <message>
        <source>The company ID you sign in with.</source>
        <translation>Die Firmen-ID, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The API member&apos;s public key.</source>
        <translation>Der öffentliche Schlüssel des API-Mitglieds.</translation>
    </message>
    <message>
        <source>The clientId header (default: CW Desk&apos;s own).</source>
        <translation>Der clientId-Header (Standard: der von CW Desk).</translation>
    </message>
    <message>
        <source>Read the private key from standard input (else CWDESK_PRIVATE_KEY, else the keychain). There is no option that takes the key itself.</source>
        <translation>Den privaten Schlüssel von der Standardeingabe lesen (sonst CWDESK_PRIVATE_KEY, sonst der Schlüsselbund). Es gibt keine Option, die den Schlüssel selbst entgegennimmt.</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate when its SHA-256 fingerprint is this one (a self-signed on-premises server); shown when a TLS check fails.</source>
        <translation>Das Zertifikat des Servers akzeptieren, wenn sein SHA-256-Fingerabdruck dieser ist (ein selbstsignierter Server vor Ort); wird angezeigt, wenn eine TLS-Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>The directory of profiles.json (default: the desktop app&apos;s).</source>
        <translation>Das Verzeichnis von profiles.json (Standard: das der Desktop-App).</translation>
    </message>
    <message>
        <source>Output: table (default), json or csv.</source>
        <translation>Ausgabe: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Give up a request after SECONDS without data (default 60).</source>
        <translation>Eine Anfrage nach SECONDS Sekunden ohne Daten aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>The offline cache file (default: the profile&apos;s, as the desktop app uses); changes are queued in its outbox before they are sent.</source>
        <translation>Die Datei des Offline-Caches (Standard: die des Profils, wie sie die Desktop-App verwendet); Änderungen werden in ihrem Postausgang eingereiht, bevor sie gesendet werden.</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone (tickets, ticket show, notes, tasks, count, kb search); nothing is sent.</source>
        <translation>Nur aus dem Offline-Cache antworten (tickets, ticket show, notes, tasks, count, kb search); es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Send changes straight to the server instead of through the outbox.</source>
        <translation>Änderungen direkt an den Server senden statt über den Postausgang.</translation>
    </message>
    <message>
        <source>Log requests and retries on standard error (never a key).</source>
        <translation>Anfragen und Wiederholungen auf der Standardfehlerausgabe protokollieren (nie einen Schlüssel).</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Hilfe anzeigen (für einen Befehl: BEFEHL --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli [OPTIONS] COMMAND [ARGUMENTS]

A scripting companion of CW Desk for the ConnectWise Manage Service API. Data goes to standard output (a table, CSV, or ConnectWise&apos;s own JSON for jq), messages and progress to standard error.

Commands:
%1
Options (before or after the command):
%2

Environment (options win): CWDESK_PROFILE, CWDESK_SITE, CWDESK_COMPANY, CWDESK_PUBLIC_KEY, CWDESK_CLIENT_ID, CWDESK_PRIVATE_KEY, CWDESK_TRUST_FINGERPRINT, CWDESK_CONFIG_DIR.
The connection: --profile NAME, or else the default profile unless --site is given; --site, --company, --public-key and --client-id replace the profile&apos;s. The private key: --private-key-stdin, else CWDESK_PRIVATE_KEY, else the keychain.

Exit codes:
  0    success
  1    other error (400, 404, an answer that is not JSON …)
  2    usage: bad arguments, a bad query (with its position), an unknown name
  3    authentication or permission: keys refused (401), 403, no private key
  4    network or server unreachable: DNS, refused, reset, timeout, TLS,
       5xx or 429 after the retries
  5    conflict (409)
  130  interrupted (Ctrl-C)

`cwdesk-cli COMMAND --help` describes a command.
</source>
        <translation>Aufruf: cwdesk-cli [OPTIONEN] BEFEHL [ARGUMENTE]

Ein Skript-Begleiter von CW Desk für die Service-API von ConnectWise Manage. Daten gehen auf die Standardausgabe (eine Tabelle, CSV oder das JSON von ConnectWise selbst für jq), Meldungen und Fortschritt auf die Standardfehlerausgabe.

Befehle:
%1
Optionen (vor oder nach dem Befehl):
%2

Umgebung (Optionen haben Vorrang): CWDESK_PROFILE, CWDESK_SITE, CWDESK_COMPANY, CWDESK_PUBLIC_KEY, CWDESK_CLIENT_ID, CWDESK_PRIVATE_KEY, CWDESK_TRUST_FINGERPRINT, CWDESK_CONFIG_DIR.
Die Verbindung: --profile NAME, sonst das Standardprofil, sofern --site nicht angegeben ist; --site, --company, --public-key und --client-id ersetzen die Werte des Profils. Der private Schlüssel: --private-key-stdin, sonst CWDESK_PRIVATE_KEY, sonst der Schlüsselbund.

Exit-Codes:
  0    Erfolg
  1    anderer Fehler (400, 404, eine Antwort, die kein JSON ist …)
  2    Aufruf: falsche Argumente, eine fehlerhafte Abfrage (mit Position), ein unbekannter Name
  3    Authentifizierung oder Berechtigung: Schlüssel abgelehnt (401), 403, kein privater Schlüssel
  4    Netzwerk oder Server nicht erreichbar: DNS, abgelehnt, zurückgesetzt, Zeitüberschreitung, TLS,
       5xx oder 429 nach den Wiederholungen
  5    Konflikt (409)
  130  unterbrochen (Strg+C)

`cwdesk-cli BEFEHL --help` beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli [OPTIONS] %1 %2</source>
        <translation>Aufruf: cwdesk-cli [OPTIONEN] %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Connection and output options (--profile, --site, --format …) and the exit codes: cwdesk-cli --help.</source>
        <translation>Verbindungs- und Ausgabeoptionen (--profile, --site, --format …) und die Exit-Codes: cwdesk-cli --help.</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli [OPTIONS] %1 COMMAND …</source>
        <translation>Aufruf: cwdesk-cli [OPTIONEN] %1 BEFEHL …</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 COMMAND --help` describes one.</source>
        <translation>`cwdesk-cli %1 BEFEHL --help` beschreibt einen davon.</translation>
    </message>
    <message>
        <source>`cwdesk-cli --help` lists the options.</source>
        <translation>`cwdesk-cli --help` listet die Optionen auf.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>`cwdesk-cli --help` lists the commands.</source>
        <translation>`cwdesk-cli --help` listet die Befehle auf.</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 --help` describes them.</source>
        <translation>`cwdesk-cli %1 --help` beschreibt sie.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 braucht eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 takes %3.</source>
        <translation>Unbekannter Befehl „%1 %2“; %1 kennt %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 --help` describes the command.</source>
        <translation>`cwdesk-cli %1 --help` beschreibt den Befehl.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 3600 sein.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format muss table, json oder csv sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The language of messages and help: en, de or fr (default: the system&apos;s, from LANG).</source>
        <translation>Die Sprache von Meldungen und Hilfe: en, de oder fr (Standard: die des Systems, aus LANG).</translation>
    </message>
</context>
<context>
    <name>cw::CliContext</name>
    <message>
        <source>--private-key-stdin was given, but standard input held no private key.</source>
        <translation>--private-key-stdin wurde angegeben, aber die Standardeingabe enthielt keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>No private key for the connection &quot;%1&quot;.</source>
        <translation>Kein privater Schlüssel für die Verbindung „%1“.</translation>
    </message>
    <message>
        <source>Run `cwdesk-cli login` to save it, or give it with --private-key-stdin or CWDESK_PRIVATE_KEY.</source>
        <translation>Führen Sie `cwdesk-cli login` aus, um ihn zu speichern, oder geben Sie ihn mit --private-key-stdin oder CWDESK_PRIVATE_KEY an.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the change goes straight to the server and is not queued if that fails.</source>
        <translation>Der Offline-Cache kann nicht verwendet werden (%1); die Änderung geht direkt an den Server und wird nicht eingereiht, falls das fehlschlägt.</translation>
    </message>
    <message>
        <source>The change stays queued in the outbox as entry %1.</source>
        <translation>Die Änderung bleibt als Eintrag %1 im Postausgang eingereiht.</translation>
    </message>
    <message>
        <source>The change stays in the outbox as entry %1, shown in the offline cache.</source>
        <translation>Die Änderung bleibt als Eintrag %1 im Postausgang und ist im Offline-Cache sichtbar.</translation>
    </message>
    <message>
        <source>`cwdesk-cli outbox discard %1` drops it and undoes it in the offline cache.</source>
        <translation>`cwdesk-cli outbox discard %1` verwirft sie und macht sie im Offline-Cache rückgängig.</translation>
    </message>
    <message>
        <source>`cwdesk-cli conflicts` shows both sides; `cwdesk-cli conflict resolve %1 --keep mine|theirs` settles it.</source>
        <translation>`cwdesk-cli conflicts` zeigt beide Seiten; `cwdesk-cli conflict resolve %1 --keep mine|theirs` löst ihn.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Queued in the outbox as entry %1, not sent yet (`cwdesk-cli outbox push` sends it later). %2</source>
        <translation>Als Eintrag %1 im Postausgang eingereiht, noch nicht gesendet (`cwdesk-cli outbox push` sendet ihn später). %2</translation>
    </message>
    <message>
        <source>%1 Trying again in %L2 s…</source>
        <translation>%1 Neuer Versuch in %L2 s…</translation>
    </message>
</context>
<context>
    <name>cw::CliError</name>
    <message>
        <source>If you trust this server (check the fingerprint with its administrator), run again with: --trust-fingerprint %1</source>
        <translation>Wenn Sie diesem Server vertrauen (prüfen Sie den Fingerabdruck mit seinem Administrator), starten Sie erneut mit: --trust-fingerprint %1</translation>
    </message>
</context>
<context>
    <name>cw::Column</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Conflicts (field, base, mine, theirs)</source>
        <translation>Konflikte (Feld, base, mine, theirs)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Codebase</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
</context>
<context>
    <name>cw::Command</name>
    <message>
        <source>%1 must be a record id (a positive number), not &quot;%2&quot;.</source>
        <translation>%1 muss eine Datensatz-ID sein (eine positive Zahl), nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is missing %2.</source>
        <translation>Bei %1 fehlt %2.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), but got &quot;%2&quot; as well.</source>
        <translation>
            <numerusform>%1 nimmt %n Argument, hat aber auch „%2“ erhalten.</numerusform>
            <numerusform>%1 nimmt %n Argumente, hat aber auch „%2“ erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::CompanyInfoJob</name>
    <message>
        <source>The company ID &quot;%1&quot; is not known at %2. Check the company ID you sign in with.</source>
        <translation>Die Firmen-ID „%1“ ist auf %2 nicht bekannt. Prüfen Sie die Firmen-ID, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>the company information has no Codebase</source>
        <translation>die Firmeninformationen enthalten keine Codebase</translation>
    </message>
</context>
<context>
    <name>cw::ConfigurationsPane</name>
    <message>
        <source>A&amp;ttach</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Linked configurations</source>
        <translation>Zugeordnete Konfigurationen</translation>
    </message>
    <message>
        <source>Find a configuration to attach</source>
        <translation>Eine Konfiguration zum Zuordnen suchen</translation>
    </message>
    <message>
        <source>Find a configuration of the company…</source>
        <translation>Eine Konfiguration der Firma suchen…</translation>
    </message>
    <message>
        <source>Attach configuration</source>
        <translation>Konfiguration zuordnen</translation>
    </message>
    <message>
        <source>Detach configuration</source>
        <translation>Konfiguration entfernen</translation>
    </message>
    <message>
        <source>Detach the selected configuration (Delete)</source>
        <translation>Die ausgewählte Konfiguration entfernen (Entf)</translation>
    </message>
    <message>
        <source>Finding configurations needs the server; offline, type the configuration&apos;s id.</source>
        <translation>Die Suche nach Konfigurationen braucht den Server; offline geben Sie die ID der Konfiguration ein.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Suche nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>cw::ConflictView</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server since you opened the ticket. Choose for each which value to keep, then apply.</source>
        <translation>Jemand hat diese Felder auf dem Server geändert, seit Sie das Ticket geöffnet haben. Wählen Sie für jedes, welcher Wert bleiben soll, und übernehmen Sie dann.</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Keep mine for %1</source>
        <translation>Meine Version für %1 behalten</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Serverversion für %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem &amp;Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Connect to ConnectWise</source>
        <translation>Mit ConnectWise verbinden</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>na.myconnectwise.net or cw.example.com</source>
        <translation>na.myconnectwise.net oder cw.example.com</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The client id registered for this integration at developer.connectwise.com</source>
        <translation>Die für diese Integration auf developer.connectwise.com registrierte Client-ID</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Co&amp;mpany ID:</source>
        <translation>&amp;Firmen-ID:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>P&amp;rivater Schlüssel:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Enter the private key of the API member.</source>
        <translation>Geben Sie den privaten Schlüssel des API-Mitglieds ein.</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>%1 wird auf %2 gesucht…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Connected to %1 (ConnectWise %2).</source>
        <translation>Verbunden mit %1 (ConnectWise %2).</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the site&apos;s address and your network.
%2</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Adresse der Site und Ihr Netzwerk.
%2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer. If your administrator confirms that its SHA-256 fingerprint is
%2
choose &quot;Trust this certificate&quot;.</source>
        <translation>Dem Zertifikat von %1 vertraut dieser Computer nicht. Wenn Ihr Administrator bestätigt, dass sein SHA-256-Fingerabdruck
%2
lautet, wählen Sie „Diesem Zertifikat vertrauen“.</translation>
    </message>
    <message>
        <source>%1 does not answer as a ConnectWise site, or does not know the company &quot;%2&quot;. Check both.</source>
        <translation>%1 antwortet nicht wie eine ConnectWise-Site oder kennt die Firma „%2“ nicht. Prüfen Sie beides.</translation>
    </message>
    <message>
        <source>The site refused the keys (401). Check the company ID, the public key and the private key of the API member.</source>
        <translation>Die Site hat die Schlüssel abgelehnt (401). Prüfen Sie die Firmen-ID sowie den öffentlichen und den privaten Schlüssel des API-Mitglieds.</translation>
    </message>
    <message>
        <source>The keys are valid, but the API member may not read the system information (403). Its security role needs more permissions; ask your ConnectWise administrator.
%1</source>
        <translation>Die Schlüssel sind gültig, aber das API-Mitglied darf die Systeminformationen nicht lesen (403). Seine Sicherheitsrolle braucht mehr Berechtigungen; fragen Sie Ihren ConnectWise-Administrator.
%1</translation>
    </message>
    <message>
        <source>The private key could not be saved in the keychain: %1</source>
        <translation>Der private Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionOptions</name>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. `cwdesk-cli profiles` lists them; `cwdesk-cli login` saves one.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“. `cwdesk-cli profiles` listet sie auf; `cwdesk-cli login` speichert eines.</translation>
    </message>
    <message>
        <source>No connection is set up. Run `cwdesk-cli login`, or give --profile, or --site, --company and --public-key (or CWDESK_SITE, CWDESK_COMPANY and CWDESK_PUBLIC_KEY).</source>
        <translation>Es ist keine Verbindung eingerichtet. Führen Sie `cwdesk-cli login` aus oder geben Sie --profile an, oder --site, --company und --public-key (oder CWDESK_SITE, CWDESK_COMPANY und CWDESK_PUBLIC_KEY).</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, with or without colons.</source>
        <translation>--trust-fingerprint braucht den SHA-256-Fingerabdruck des Zertifikats: 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionProfile</name>
    <message>
        <source>Enter the address of your ConnectWise site, for example na.myconnectwise.net.</source>
        <translation>Geben Sie die Adresse Ihrer ConnectWise-Site ein, zum Beispiel na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>The site address %1 must start with https:// or be just a host name, for example na.myconnectwise.net.</source>
        <translation>Die Site-Adresse %1 muss mit https:// beginnen oder nur ein Hostname sein, zum Beispiel na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>The site address %1 must not contain a user name or password; the keys are entered separately.</source>
        <translation>Die Site-Adresse %1 darf keinen Benutzernamen und kein Passwort enthalten; die Schlüssel werden getrennt eingegeben.</translation>
    </message>
    <message>
        <source>The site address %1 is not a valid address.</source>
        <translation>Die Site-Adresse %1 ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The site address %1 has no host name.</source>
        <translation>Die Site-Adresse %1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The port in the site address %1 must be a number from 1 to 65535.</source>
        <translation>Der Port in der Site-Adresse %1 muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The site address %1 uses plain http. ConnectWise keys are only sent over https; use an https:// address (plain http is accepted only for a server on this computer).</source>
        <translation>Die Site-Adresse %1 verwendet unverschlüsseltes http. ConnectWise-Schlüssel werden nur über https gesendet; verwenden Sie eine https://-Adresse (unverschlüsseltes http wird nur für einen Server auf diesem Computer akzeptiert).</translation>
    </message>
    <message>
        <source>The company ID is missing.</source>
        <translation>Die Firmen-ID fehlt.</translation>
    </message>
    <message>
        <source>The public key is missing.</source>
        <translation>Der öffentliche Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Der vertrauenswürdige Zertifikat-Fingerabdruck ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The company id %1 is not known on %2. Check the company id you sign in with (it is the one on ConnectWise&apos;s login page).</source>
        <translation>Die Firmen-ID %1 ist auf %2 nicht bekannt. Prüfen Sie die Firmen-ID, mit der Sie sich anmelden (die auf der Anmeldeseite von ConnectWise).</translation>
    </message>
    <message>
        <source>%1 did not tell which version of ConnectWise it runs: its company information has no usable Codebase.</source>
        <translation>%1 hat nicht mitgeteilt, welche ConnectWise-Version läuft: Die Firmeninformationen enthalten keine verwendbare Codebase.</translation>
    </message>
    <message>
        <source>%1 answered the company lookup with something that is not company information. Check the site address.</source>
        <translation>%1 hat die Firmenabfrage mit etwas beantwortet, das keine Firmeninformation ist. Prüfen Sie die Adresse der Site.</translation>
    </message>
</context>
<context>
    <name>cw::CountJob</name>
    <message>
        <source>expected an object with a number &quot;count&quot;</source>
        <translation>erwartet wurde ein Objekt mit einer Zahl „count“</translation>
    </message>
    <message>
        <source>the count %1 is not a whole number from 0 to %L2</source>
        <translation>die Anzahl %1 ist keine ganze Zahl von 0 bis %L2</translation>
    </message>
</context>
<context>
    <name>cw::Credentials</name>
    <message>
        <source>The site address is missing or not a valid URL.</source>
        <translation>Die Site-Adresse fehlt oder ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The site address %1 uses plain http. ConnectWise keys are only sent over https; use an https:// address.</source>
        <translation>Die Site-Adresse %1 verwendet unverschlüsseltes http. ConnectWise-Schlüssel werden nur über https gesendet; verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The site address must start with https://.</source>
        <translation>Die Site-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The company ID is missing.</source>
        <translation>Die Firmen-ID fehlt.</translation>
    </message>
    <message>
        <source>The public key is missing.</source>
        <translation>Der öffentliche Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The private key is missing.</source>
        <translation>Der private Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>Die Client-ID fehlt.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Der vertrauenswürdige Zertifikat-Fingerabdruck ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
</context>
<context>
    <name>cw::Desk</name>
    <message>
        <source>Working offline</source>
        <translation>Offline-Betrieb</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No connection is set up, so there is no offline cache.</source>
        <translation>Es ist keine Verbindung eingerichtet, daher gibt es keinen Offline-Cache.</translation>
    </message>
</context>
<context>
    <name>cw::DeskChange</name>
    <message>
        <source>Outbox entry %1 has gone.</source>
        <translation>Der Postausgangseintrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of %1 was changed since you loaded it, in the fields you changed too: %2. Nothing was overwritten (outbox entry %3).</source>
        <translation>Die Serverkopie von %1 wurde seit dem Laden geändert, und zwar in Feldern, die Sie auch geändert haben: %2. Es wurde nichts überschrieben (Postausgangseintrag %3).</translation>
    </message>
    <message>
        <source>Working offline.</source>
        <translation>Offline-Betrieb.</translation>
    </message>
    <message>
        <source>It waits behind an earlier change of the same record.</source>
        <translation>Sie wartet hinter einer früheren Änderung desselben Datensatzes.</translation>
    </message>
</context>
<context>
    <name>cw::DeskStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Open the outbox: changes waiting to be sent, and conflicts</source>
        <translation>Postausgang öffnen: Änderungen, die auf das Senden warten, und Konflikte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>connection state · server host</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Keine ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>Pending: %L1</source>
        <translation>Ausstehend: %L1</translation>
    </message>
    <message>
        <source>Pending: %L1 · Conflicts: %L2</source>
        <translation>Ausstehend: %L1 · Konflikte: %L2</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Erste Synchronisierung…</translation>
    </message>
</context>
<context>
    <name>cw::FetchAllJob</name>
    <message>
        <source>The server counts %L1 records, more than %L2 pages of %L3, the most CW Desk fetches at once. Narrow the listing with conditions.</source>
        <translation>Der Server zählt %L1 Datensätze, mehr als %L2 Seiten zu %L3, das Maximum, das CW Desk auf einmal abruft. Grenzen Sie die Liste mit Bedingungen ein.</translation>
    </message>
    <message>
        <source>The listing goes on beyond %L1 pages, the most CW Desk fetches at once. Narrow it with conditions.</source>
        <translation>Die Liste geht über %L1 Seiten hinaus, das Maximum, das CW Desk auf einmal abruft. Grenzen Sie sie mit Bedingungen ein.</translation>
    </message>
</context>
<context>
    <name>cw::FieldAssignment</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE (for example summary=&quot;Printer offline&quot; or status.name=&quot;In Progress&quot;).</source>
        <translation>„%1“ ist nicht FELD=WERT (zum Beispiel summary=&quot;Printer offline&quot; oder status.name=&quot;In Progress&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part in its field name.</source>
        <translation>„%1“ hat einen leeren Teil im Feldnamen.</translation>
    </message>
</context>
<context>
    <name>cw::JsonPatch</name>
    <message>
        <source>Each patch operation needs an op and a path.</source>
        <translation>Jede Patch-Operation braucht eine op und einen path.</translation>
    </message>
    <message>
        <source>Unsupported patch operation &apos;%1&apos;; use add, replace or remove.</source>
        <translation>Nicht unterstützte Patch-Operation „%1“; verwenden Sie add, replace oder remove.</translation>
    </message>
    <message>
        <source>The %1 operation on %2 needs a value.</source>
        <translation>Die Operation %1 auf %2 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The patch path %1 does not name a writable property.</source>
        <translation>Der Patch-Pfad %1 bezeichnet keine schreibbare Eigenschaft.</translation>
    </message>
    <message>
        <source>A patch path may have at most %1 segments; this one has %2.</source>
        <translation>Ein Patch-Pfad darf höchstens %1 Abschnitte haben; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>cw::JsonRecords</name>
    <message>
        <source>Invalid JSON at byte %L1: %2</source>
        <translation>Ungültiges JSON bei Byte %L1: %2</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Expected a JSON array of records, got %1.</source>
        <translation>Erwartet wurde ein JSON-Array von Datensätzen, erhalten: %1.</translation>
    </message>
    <message>
        <source>Expected a JSON object (a record), got %1.</source>
        <translation>Erwartet wurde ein JSON-Objekt (ein Datensatz), erhalten: %1.</translation>
    </message>
    <message>
        <source>Element %L1 of the array is %2, not a record (an object).</source>
        <translation>Element %L1 des Arrays ist %2, kein Datensatz (Objekt).</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON array at byte %L1.</source>
        <translation>Unerwartete Daten nach dem JSON-Array bei Byte %L1.</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON object at byte %L1.</source>
        <translation>Unerwartete Daten nach dem JSON-Objekt bei Byte %L1.</translation>
    </message>
    <message>
        <source>Record %L1 of the page: %2</source>
        <translation>Datensatz %L1 der Seite: %2</translation>
    </message>
</context>
<context>
    <name>cw::KbCommand</name>
    <message>
        <source>TEXT…</source>
        <translation>TEXT…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search the knowledge base.</source>
        <translation>Die Wissensdatenbank durchsuchen.</translation>
    </message>
    <message>
        <source>Show one knowledge-base article.</source>
        <translation>Einen Artikel der Wissensdatenbank anzeigen.</translation>
    </message>
    <message>
        <source>Finds the articles whose title, issue or resolution contain TEXT (the words together, as one phrase). --conditions narrows the search further.
Example: cwdesk-cli kb search bitlocker recovery --format json</source>
        <translation>Findet die Artikel, deren Titel, Problem oder Lösung TEXT enthält (die Wörter zusammen, als eine Phrase). --conditions grenzt die Suche weiter ein.
Beispiel: cwdesk-cli kb search bitlocker recovery --format json</translation>
    </message>
    <message>
        <source>The table shows the title, the issue and the resolution in full.</source>
        <translation>Die Tabelle zeigt Titel, Problem und Lösung vollständig.</translation>
    </message>
    <message>
        <source>the article ID</source>
        <translation>die Artikel-ID</translation>
    </message>
    <message>
        <source>The article ID</source>
        <translation>Die Artikel-ID</translation>
    </message>
    <message>
        <source>kb search needs the TEXT to look for.</source>
        <translation>kb search braucht den TEXT, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>cw::KbPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Insert as Note</source>
        <translation>Als Notiz &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Die Wissensdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>Search titles, issues and resolutions…</source>
        <translation>Titel, Probleme und Lösungen durchsuchen…</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <source>Article issue</source>
        <translation>Problem des Artikels</translation>
    </message>
    <message>
        <source>Article resolution</source>
        <translation>Lösung des Artikels</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Insert the article&apos;s resolution as a note</source>
        <translation>Die Lösung des Artikels als Notiz einfügen</translation>
    </message>
    <message>
        <source>Save article</source>
        <translation>Artikel speichern</translation>
    </message>
    <message>
        <source>Cancel editing the article</source>
        <translation>Bearbeitung des Artikels abbrechen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>I&amp;ssue:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Lös&amp;ung:</translation>
    </message>
    <message numerus="yes">
        <source>Suggested for ticket #%1: %n article(s)</source>
        <translation>
            <numerusform>Vorschläge für Ticket #%1: %n Artikel</numerusform>
            <numerusform>Vorschläge für Ticket #%1: %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search the knowledge base.</source>
        <translation>Tippen Sie, um die Wissensdatenbank zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found on the server</source>
        <translation>
            <numerusform>%n Artikel auf dem Server gefunden</numerusform>
            <numerusform>%n Artikel auf dem Server gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found offline, in the local index</source>
        <translation>
            <numerusform>%n Artikel offline im lokalen Index gefunden</numerusform>
            <numerusform>%n Artikel offline im lokalen Index gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>Kein Artikel ausgewählt.</translation>
    </message>
    <message>
        <source>Article #%1</source>
        <translation>Artikel #%1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Articles are changed on the server: connect first.</source>
        <translation>Artikel werden auf dem Server geändert: Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Put the resolution into the note composer of ticket #%1</source>
        <translation>Die Lösung in das Notizfeld von Ticket #%1 übernehmen</translation>
    </message>
    <message>
        <source>Put the resolution into the note composer</source>
        <translation>Die Lösung in das Notizfeld übernehmen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete article #%1 from the knowledge base?</source>
        <translation>Artikel #%1 aus der Wissensdatenbank löschen?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>cw::ListCommand</name>
    <message>
        <source>BOARD</source>
        <translation>BOARD</translation>
    </message>
    <message>
        <source>TICKET_ID</source>
        <translation>TICKET_ID</translation>
    </message>
    <message>
        <source>[--conditions EXPR]</source>
        <translation>[--conditions EXPR]</translation>
    </message>
    <message>
        <source>[--conditions EXPR] [--all]</source>
        <translation>[--conditions EXPR] [--all]</translation>
    </message>
    <message>
        <source>List the service boards.</source>
        <translation>Die Service-Boards auflisten.</translation>
    </message>
    <message>
        <source>List the statuses of a board (by id or name).</source>
        <translation>Die Status eines Boards auflisten (nach ID oder Name).</translation>
    </message>
    <message>
        <source>List the ticket priorities.</source>
        <translation>Die Ticketprioritäten auflisten.</translation>
    </message>
    <message>
        <source>List the members (technicians and other users).</source>
        <translation>Die Mitglieder auflisten (Techniker und andere Benutzer).</translation>
    </message>
    <message>
        <source>List companies (one page unless --all).</source>
        <translation>Firmen auflisten (eine Seite, außer mit --all).</translation>
    </message>
    <message>
        <source>List tickets (one page unless --all).</source>
        <translation>Tickets auflisten (eine Seite, außer mit --all).</translation>
    </message>
    <message>
        <source>List the notes of a ticket.</source>
        <translation>Die Notizen eines Tickets auflisten.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket.</source>
        <translation>Die Aufgaben eines Tickets auflisten.</translation>
    </message>
    <message>
        <source>List the configurations attached to a ticket.</source>
        <translation>Die einem Ticket zugeordneten Konfigurationen auflisten.</translation>
    </message>
    <message>
        <source>Count the tickets that match the conditions.</source>
        <translation>Die Tickets zählen, die den Bedingungen entsprechen.</translation>
    </message>
    <message>
        <source>--format table (default; cut to the terminal&apos;s width on a terminal), csv (RFC 4180 quoting) or json (the server&apos;s records, unchanged, in one array, streamed page by page). Tables and CSV ask the server only for the columns they show.</source>
        <translation>--format table (Standard; im Terminal auf dessen Breite gekürzt), csv (Quoting nach RFC 4180) oder json (die Datensätze des Servers, unverändert, in einem Array, Seite für Seite gestreamt). Tabellen und CSV fragen beim Server nur die angezeigten Spalten ab.</translation>
    </message>
    <message>
        <source>Prints the number alone (table), {&quot;count&quot;: N} (json) or a count column (csv).</source>
        <translation>Gibt nur die Zahl aus (table), {&quot;count&quot;: N} (json) oder eine Spalte count (csv).</translation>
    </message>
    <message>
        <source>Only tickets that match EXPR.</source>
        <translation>Nur Tickets, die EXPR entsprechen.</translation>
    </message>
    <message>
        <source>the board (id or name)</source>
        <translation>das Board (ID oder Name)</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>die Ticket-ID</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>Die Ticket-ID</translation>
    </message>
    <message>
        <source>board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Without --all, one page of --page-size tickets (default 25) is listed.
Examples:
  cwdesk-cli tickets --conditions &apos;board/name=&quot;Service Desk&quot; and closedFlag=false&apos; --order-by &apos;id desc&apos;
  cwdesk-cli tickets --all --format json | jq &apos;.[].id&apos;
  cwdesk-cli tickets --fields id,summary,owner/identifier --format csv
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>Ohne --all wird eine Seite mit --page-size Tickets (Standard 25) aufgelistet.
Beispiele:
  cwdesk-cli tickets --conditions &apos;board/name=&quot;Service Desk&quot; and closedFlag=false&apos; --order-by &apos;id desc&apos;
  cwdesk-cli tickets --all --format json | jq &apos;.[].id&apos;
  cwdesk-cli tickets --fields id,summary,owner/identifier --format csv
%1</translation>
    </message>
    <message>
        <source>BOARD is the board&apos;s id or name.
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>BOARD ist die ID oder der Name des Boards.
%1</translation>
    </message>
    <message>
        <source>Lists every record unless --page-size or --page asks for one page.
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>Listet alle Datensätze auf, sofern --page-size oder --page nicht nach einer Seite fragt.
%1</translation>
    </message>
</context>
<context>
    <name>cw::ListJob</name>
    <message>
        <source>the query is too long for a URL (%L1 characters; at most %L2) and %3 has no search endpoint. Shorten the conditions.</source>
        <translation>die Abfrage ist zu lang für eine URL (%L1 Zeichen; höchstens %L2), und %3 hat keinen Such-Endpunkt. Kürzen Sie die Bedingungen.</translation>
    </message>
    <message>
        <source>The server&apos;s link to page %L1 points to %2, which is not the configured site; CW Desk does not send the API keys there.</source>
        <translation>Der Link des Servers auf Seite %L1 zeigt auf %2, das nicht die konfigurierte Site ist; CW Desk sendet die API-Schlüssel nicht dorthin.</translation>
    </message>
    <message>
        <source>The server&apos;s link to the next page points back to page %L1.</source>
        <translation>Der Link des Servers auf die nächste Seite zeigt zurück auf Seite %L1.</translation>
    </message>
    <message>
        <source>The listing goes on beyond %L1 pages, the most CW Desk fetches at once. Narrow it with conditions.</source>
        <translation>Die Liste geht über %L1 Seiten hinaus, das Maximum, das CW Desk auf einmal abruft. Grenzen Sie sie mit Bedingungen ein.</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>CW Desk</source>
        <translation>CW Desk</translation>
    </message>
    <message>
        <source>Service boards</source>
        <translation>Service-Boards</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Members and teams</source>
        <translation>Mitglieder und Teams</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Ticket #%1 ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Delete ticket #%1? This cannot be undone.</source>
        <translation>Ticket #%1 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Tickets</source>
        <translation>Tickets löschen</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Tickets: %L1</source>
        <translation>Tickets: %L1</translation>
    </message>
    <message>
        <source>This site has no service boards.</source>
        <translation>Diese Site hat keine Service-Boards.</translation>
    </message>
    <message>
        <source>Nothing is cached yet: waiting for the first sync…</source>
        <translation>Noch nichts im Cache: Warten auf die erste Synchronisierung…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Keine passenden Tickets.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tickets? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Ticket löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Tickets löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Suche auf dem Server…</translation>
    </message>
    <message>
        <source>Server search: the server has more tickets than the %L1 listed; narrow the query to see the rest.</source>
        <translation>Serversuche: Der Server hat mehr Tickets als die %L1 aufgelisteten; grenzen Sie die Abfrage ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>Server search: tickets found: %L1.</source>
        <translation>Serversuche: gefundene Tickets: %L1.</translation>
    </message>
    <message>
        <source>Server search failed: %1 The list shows the offline cache.</source>
        <translation>Die Serversuche ist fehlgeschlagen: %1 Die Liste zeigt den Offline-Cache.</translation>
    </message>
    <message>
        <source>Dispatch and open tickets</source>
        <translation>Disposition und geöffnete Tickets</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Open tabs</source>
        <translation>Geöffnete Tabs</translation>
    </message>
    <message>
        <source>Close ticket #%1</source>
        <translation>Ticket #%1 schließen</translation>
    </message>
    <message>
        <source>Close Ticket</source>
        <translation>Ticket schließen</translation>
    </message>
    <message>
        <source>Ticket %1 has unsaved changes. Save them before closing?</source>
        <translation>Ticket %1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>The new ticket waits in the outbox.</source>
        <translation>Das neue Ticket wartet im Postausgang.</translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 angelegt.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>A&amp;ufgaben</translation>
    </message>
    <message>
        <source>&amp;Configurations</source>
        <translation>&amp;Konfigurationen</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
</context>
<context>
    <name>cw::ManageClient</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Keys refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
</context>
<context>
    <name>cw::ManageJob</name>
    <message>
        <source>No ConnectWise site is set up yet.</source>
        <translation>Es ist noch keine ConnectWise-Site eingerichtet.</translation>
    </message>
    <message>
        <source>Refusing to send the API keys to %1, which is not the configured site.</source>
        <translation>Die API-Schlüssel werden nicht an %1 gesendet, da dies nicht die konfigurierte Site ist.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Zertifikat: %1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprint: %1</source>
        <translation>Festgelegter SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
</context>
<context>
    <name>cw::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>New ticket fields</source>
        <translation>Felder des neuen Tickets</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cw::NotesPane</name>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Diskussion</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Intern</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Lösung</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Notizen anzeigen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Note timeline</source>
        <translation>Notizverlauf</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Notiz schreiben… (Strg+Enter fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Shown to the customer as part of the ticket&apos;s description</source>
        <translation>Wird dem Kunden als Teil der Ticketbeschreibung angezeigt</translation>
    </message>
    <message>
        <source>Internal analysis: only staff see it</source>
        <translation>Interne Analyse: Nur Mitarbeiter sehen sie</translation>
    </message>
    <message>
        <source>Part of the ticket&apos;s resolution</source>
        <translation>Teil der Lösung des Tickets</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Die Notiz hinzufügen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Kein Ticket ausgewählt.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Editing the note of %1:</source>
        <translation>Bearbeitung der Notiz von %1:</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete this note from ticket #%1?</source>
        <translation>Diese Notiz aus Ticket #%1 löschen?</translation>
    </message>
</context>
<context>
    <name>cw::OfflineBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Offline — nothing has been synced yet</source>
        <translation>Offline – noch nichts synchronisiert</translation>
    </message>
    <message>
        <source>Offline — showing data synced at %1</source>
        <translation>Offline – Daten vom Stand %1</translation>
    </message>
    <message>
        <source>Offline — showing data synced on %1</source>
        <translation>Offline – Daten vom Stand %1</translation>
    </message>
</context>
<context>
    <name>cw::OfflineCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone (--offline).</source>
        <translation>Nur aus dem Offline-Cache antworten (--offline).</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone.</source>
        <translation>Nur aus dem Offline-Cache antworten.</translation>
    </message>
    <message>
        <source>Only tickets that match EXPR.</source>
        <translation>Nur Tickets, die EXPR entsprechen.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>die Ticket-ID</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>Die Ticket-ID</translation>
    </message>
    <message>
        <source>kb search needs the TEXT to look for.</source>
        <translation>kb search braucht den TEXT, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Der Offline-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>`cwdesk-cli sync` fills it.</source>
        <translation>`cwdesk-cli sync` füllt ihn.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the offline cache.</source>
        <translation>Ticket %1 ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>Open it once online, or pin it, to keep it offline.</source>
        <translation>Öffnen Sie es einmal online oder heften Sie es an, um es offline zu behalten.</translation>
    </message>
</context>
<context>
    <name>cw::Outbox</name>
    <message>
        <source>The offline cache is not open; changes cannot be queued.</source>
        <translation>Der Offline-Cache ist nicht geöffnet; Änderungen können nicht eingereiht werden.</translation>
    </message>
    <message>
        <source>Only tickets, and notes, tasks and configuration links of a ticket, can be queued.</source>
        <translation>Nur Tickets sowie Notizen, Aufgaben und Konfigurationsverknüpfungen eines Tickets können eingereiht werden.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Only tickets, notes, tasks and configuration links can be queued.</source>
        <translation>Nur Tickets, Notizen, Aufgaben und Konfigurationsverknüpfungen können eingereiht werden.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Es gibt keinen Postausgangseintrag %1.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was sent already; there is nothing to discard.</source>
        <translation>Postausgangseintrag %1 wurde bereits gesendet; es gibt nichts zu verwerfen.</translation>
    </message>
    <message>
        <source>Outbox entry %1 may have reached the server already; run `outbox push` to find out before discarding it.</source>
        <translation>Postausgangseintrag %1 hat den Server möglicherweise schon erreicht; führen Sie `outbox push` aus, um das herauszufinden, bevor Sie ihn verwerfen.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is not a conflict.</source>
        <translation>Postausgangseintrag %1 ist kein Konflikt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflicting field of entry %2 (those are: %3).</source>
        <translation>„%1“ ist kein Konfliktfeld von Eintrag %2 (diese sind: %3).</translation>
    </message>
    <message>
        <source>No connection to send the outbox with.</source>
        <translation>Keine Verbindung, über die der Postausgang gesendet werden kann.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1</source>
        <translation>Auch auf dem Server geändert: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 has no id.</source>
        <translation>Die Antwort des Servers auf %1 hat keine ID.</translation>
    </message>
</context>
<context>
    <name>cw::OutboxCommand</name>
    <message>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>ENTRY --keep mine|theirs [--field NAME=mine|theirs…]</source>
        <translation>ENTRY --keep mine|theirs [--field NAME=mine|theirs…]</translation>
    </message>
    <message>
        <source>List the changes waiting in the outbox.</source>
        <translation>Die im Postausgang wartenden Änderungen auflisten.</translation>
    </message>
    <message>
        <source>Send the changes waiting in the outbox.</source>
        <translation>Die im Postausgang wartenden Änderungen senden.</translation>
    </message>
    <message>
        <source>Drop a change from the outbox and undo it in the offline cache.</source>
        <translation>Eine Änderung aus dem Postausgang entfernen und im Offline-Cache rückgängig machen.</translation>
    </message>
    <message>
        <source>List the changes that met a change made on the server.</source>
        <translation>Die Änderungen auflisten, die auf eine Änderung auf dem Server getroffen sind.</translation>
    </message>
    <message>
        <source>Settle a conflict: keep mine, take theirs, or per field.</source>
        <translation>Einen Konflikt lösen: meine behalten, die des Servers übernehmen oder pro Feld.</translation>
    </message>
    <message>
        <source>States: queued (waits to be sent), sending (sent when the program stopped; the next push finds out whether it arrived), failed (the server refused it; the message says why), conflict (see `cwdesk-cli conflicts`), sent (with --all).</source>
        <translation>Zustände: queued (wartet auf das Senden), sending (wurde gesendet, als das Programm endete; der nächste Push stellt fest, ob sie angekommen ist), failed (vom Server abgelehnt; die Meldung sagt warum), conflict (siehe `cwdesk-cli conflicts`), sent (mit --all).</translation>
    </message>
    <message>
        <source>Changes go in the order they were made; a failed or conflicting change holds back the later changes of the same record. Ends with a summary; exit code 4 when the server could not be reached, 3 when it refused the keys.</source>
        <translation>Änderungen gehen in der Reihenfolge, in der sie gemacht wurden; eine fehlgeschlagene oder konfliktbehaftete Änderung hält die späteren Änderungen desselben Datensatzes zurück. Endet mit einer Zusammenfassung; Exit-Code 4, wenn der Server nicht erreichbar war, 3, wenn er die Schlüssel abgelehnt hat.</translation>
    </message>
    <message>
        <source>ENTRY is the number `outbox list` shows.</source>
        <translation>ENTRY ist die Nummer, die `outbox list` anzeigt.</translation>
    </message>
    <message>
        <source>For each conflicting field: the value as loaded (base), yours (mine) and the server&apos;s (theirs).</source>
        <translation>Für jedes Konfliktfeld: der Wert beim Laden (base), Ihrer (mine) und der des Servers (theirs).</translation>
    </message>
    <message>
        <source>mine sends your values over the server&apos;s; theirs drops your change of those fields. --field settles one field and may be repeated; --keep applies to the others. Then the outbox is pushed.</source>
        <translation>mine sendet Ihre Werte über die des Servers; theirs verwirft Ihre Änderung dieser Felder. --field löst ein Feld und darf wiederholt werden; --keep gilt für die übrigen. Danach wird der Postausgang gesendet.</translation>
    </message>
    <message>
        <source>Also the changes that were sent.</source>
        <translation>Auch die bereits gesendeten Änderungen.</translation>
    </message>
    <message>
        <source>mine or theirs, for every conflicting field.</source>
        <translation>mine oder theirs, für jedes Konfliktfeld.</translation>
    </message>
    <message>
        <source>NAME=mine or NAME=theirs for one field.</source>
        <translation>NAME=mine oder NAME=theirs für ein Feld.</translation>
    </message>
    <message>
        <source>the outbox entry</source>
        <translation>den Postausgangseintrag</translation>
    </message>
    <message>
        <source>The outbox entry</source>
        <translation>Der Postausgangseintrag</translation>
    </message>
    <message>
        <source>conflict resolve needs --keep mine|theirs (or --field NAME=mine|theirs).</source>
        <translation>conflict resolve braucht --keep mine|theirs (oder --field NAME=mine|theirs).</translation>
    </message>
    <message>
        <source>--keep takes mine or theirs, not &quot;%1&quot;.</source>
        <translation>--keep nimmt mine oder theirs, nicht „%1“.</translation>
    </message>
    <message>
        <source>--field takes NAME=mine or NAME=theirs, not &quot;%1&quot;.</source>
        <translation>--field nimmt NAME=mine oder NAME=theirs, nicht „%1“.</translation>
    </message>
    <message>
        <source>The outbox is not used in this run (--no-outbox).</source>
        <translation>Der Postausgang wird bei diesem Aufruf nicht verwendet (--no-outbox).</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Der Offline-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Es gibt keine Konflikte.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>sent (the server&apos;s id is %1)</source>
        <translation>gesendet (die ID des Servers ist %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>conflict in %1</source>
        <translation>Konflikt in %1</translation>
    </message>
    <message>
        <source>still queued: %1</source>
        <translation>noch eingereiht: %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3): %4</source>
        <translation>Eintrag %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 failed, %3 conflicts, %4 still queued.</source>
        <translation>Postausgang: %1 gesendet, %2 fehlgeschlagen, Konflikte: %3, noch eingereiht: %4.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>Das Senden wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>The changes not sent stay queued.</source>
        <translation>Die nicht gesendeten Änderungen bleiben eingereiht.</translation>
    </message>
    <message>
        <source>Not every change could be sent; `cwdesk-cli outbox list` shows why.</source>
        <translation>Nicht jede Änderung konnte gesendet werden; `cwdesk-cli outbox list` zeigt warum.</translation>
    </message>
    <message>
        <source>Discarded outbox entry %1.</source>
        <translation>Postausgangseintrag %1 verworfen.</translation>
    </message>
    <message>
        <source>Resolved outbox entry %1.</source>
        <translation>Postausgangseintrag %1 gelöst.</translation>
    </message>
</context>
<context>
    <name>cw::OutboxEntry</name>
    <message>
        <source>ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>note #%1 on ticket #%2</source>
        <translation>Notiz #%1 zu Ticket #%2</translation>
    </message>
    <message>
        <source>task #%1 on ticket #%2</source>
        <translation>Aufgabe #%1 zu Ticket #%2</translation>
    </message>
    <message>
        <source>configuration %1 on ticket #%2</source>
        <translation>Konfiguration %1 an Ticket #%2</translation>
    </message>
    <message>
        <source>record #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
</context>
<context>
    <name>cw::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Res&amp;olve conflict</source>
        <translation>K&amp;onflikt lösen</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Eingereihte Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Conflicting fields: tick to keep your value</source>
        <translation>Konfliktfelder: ankreuzen, um Ihren Wert zu behalten</translation>
    </message>
    <message>
        <source>Field (ticked: keep mine)</source>
        <translation>Feld (angekreuzt: meinen behalten)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Send the queued changes now</source>
        <translation>Die eingereihten Änderungen jetzt senden</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Die ausgewählte Änderung verwerfen</translation>
    </message>
    <message>
        <source>Resolve the selected conflict with the ticked fields</source>
        <translation>Den ausgewählten Konflikt mit den angekreuzten Feldern lösen</translation>
    </message>
    <message>
        <source>Close the outbox</source>
        <translation>Postausgang schließen</translation>
    </message>
    <message>
        <source>Detach the outbox</source>
        <translation>Postausgang abdocken</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Senden abgebrochen: %1</translation>
    </message>
    <message>
        <source>Sent: %L1. Failed: %L2. Conflicts: %L3. Still queued: %L4.</source>
        <translation>Gesendet: %L1. Fehlgeschlagen: %L2. Konflikte: %L3. Noch eingereiht: %L4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>operation, record: update ticket #42</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: every change reached the server.</source>
        <translation>Nichts wartet auf das Senden: Jede Änderung hat den Server erreicht.</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed the same fields. Tick the fields where your value should win; the others take the server&apos;s value.</source>
        <translation>Die Serverkopie hat dieselben Felder geändert. Kreuzen Sie die Felder an, in denen Ihr Wert gelten soll; die übrigen übernehmen den Wert des Servers.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Der Server hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>Die Änderung konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Der Konflikt konnte nicht gelöst werden: %1</translation>
    </message>
    <message>
        <source>Resolved; the change will be sent with the next sync.</source>
        <translation>Gelöst; die Änderung wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
</context>
<context>
    <name>cw::PaneSupport</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Wartet auf das Senden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>cw::PresentationProxyModel</name>
    <message>
        <source>%1 — Loading…</source>
        <translation>%1 – Wird geladen…</translation>
    </message>
</context>
<context>
    <name>cw::ProcessHardening</name>
    <message>
        <source>core dumps could not be limited: %1</source>
        <translation>Core-Dumps konnten nicht begrenzt werden: %1</translation>
    </message>
    <message>
        <source>the process could not be made undumpable: %1</source>
        <translation>der Prozess konnte nicht vor Speicherabzügen geschützt werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::ProfileCommand</name>
    <message>
        <source>[--no-keychain]</source>
        <translation>[--no-keychain]</translation>
    </message>
    <message>
        <source>[--forget]</source>
        <translation>[--forget]</translation>
    </message>
    <message>
        <source>Test a connection, save it as a profile and keep its private key in the keychain.</source>
        <translation>Eine Verbindung testen, als Profil speichern und ihren privaten Schlüssel im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s private key from the keychain (--forget: the profile too).</source>
        <translation>Den privaten Schlüssel eines Profils aus dem Schlüsselbund entfernen (--forget: auch das Profil).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Die gespeicherten Profile auflisten.</translation>
    </message>
    <message>
        <source>Takes the connection from --site, --company, --public-key and --client-id (or CWDESK_SITE …), on top of --profile NAME when that profile exists. The private key comes from --private-key-stdin or CWDESK_PRIVATE_KEY, or is asked for on a terminal; it is never a command-line argument.
login looks up the company&apos;s codebase, tests the keys with GET /system/info, saves the profile (named by --profile, else company@site) as the default, and stores the private key in the system keychain. The key is never written to a file: when the keychain is not available, the profile is still saved, login says so and exits with 1, and later runs take the key from CWDESK_PRIVATE_KEY or --private-key-stdin. --no-keychain saves the profile without trying the keychain (exit 0).
Example: printf %s &quot;$KEY&quot; | cwdesk-cli --site na.myconnectwise.net --company acme --public-key pub --private-key-stdin login</source>
        <translation>Übernimmt die Verbindung aus --site, --company, --public-key und --client-id (oder CWDESK_SITE …), zusätzlich zu --profile NAME, wenn dieses Profil existiert. Der private Schlüssel kommt aus --private-key-stdin oder CWDESK_PRIVATE_KEY oder wird im Terminal abgefragt; er ist nie ein Kommandozeilenargument.
login ermittelt die Codebase der Firma, testet die Schlüssel mit GET /system/info, speichert das Profil (benannt nach --profile, sonst firma@site) als Standard und legt den privaten Schlüssel im Schlüsselbund des Systems ab. Der Schlüssel wird nie in eine Datei geschrieben: Ist der Schlüsselbund nicht verfügbar, wird das Profil trotzdem gespeichert, login meldet das und endet mit 1, und spätere Aufrufe nehmen den Schlüssel aus CWDESK_PRIVATE_KEY oder --private-key-stdin. --no-keychain speichert das Profil, ohne den Schlüsselbund zu versuchen (Exit-Code 0).
Beispiel: printf %s &quot;$KEY&quot; | cwdesk-cli --site na.myconnectwise.net --company acme --public-key pub --private-key-stdin login</translation>
    </message>
    <message>
        <source>Works on --profile NAME, else the default profile.</source>
        <translation>Wirkt auf --profile NAME, sonst auf das Standardprofil.</translation>
    </message>
    <message>
        <source>Shows name, site, company, public key and which profile is the default; private keys are never shown.</source>
        <translation>Zeigt Name, Site, Firma, öffentlichen Schlüssel und welches Profil der Standard ist; private Schlüssel werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Save the profile without storing the private key.</source>
        <translation>Das Profil speichern, ohne den privaten Schlüssel abzulegen.</translation>
    </message>
    <message>
        <source>Also delete the profile.</source>
        <translation>Auch das Profil löschen.</translation>
    </message>
    <message>
        <source>Private key for %1 (not shown): </source>
        <translation>Privater Schlüssel für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>login needs the private key: pipe it in with --private-key-stdin, set CWDESK_PRIVATE_KEY, or run login on a terminal to be asked for it.</source>
        <translation>login braucht den privaten Schlüssel: Leiten Sie ihn mit --private-key-stdin ein, setzen Sie CWDESK_PRIVATE_KEY oder führen Sie login in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation>Der private Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The connection works, but the profile could not be saved.</source>
        <translation>Die Verbindung funktioniert, aber das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Signed in. Saved the profile &quot;%1&quot; (the default now) without its private key; give the key with CWDESK_PRIVATE_KEY or --private-key-stdin.</source>
        <translation>Angemeldet. Das Profil „%1“ wurde (jetzt als Standard) ohne seinen privaten Schlüssel gespeichert; geben Sie den Schlüssel mit CWDESK_PRIVATE_KEY oder --private-key-stdin an.</translation>
    </message>
    <message>
        <source>Signed in and saved the profile &quot;%1&quot;, but its private key could not be stored in the keychain.</source>
        <translation>Angemeldet und das Profil „%1“ gespeichert, aber sein privater Schlüssel konnte nicht im Schlüsselbund abgelegt werden.</translation>
    </message>
    <message>
        <source>Nothing was written to a file. Give the key with CWDESK_PRIVATE_KEY or --private-key-stdin, or run login again when the keychain works.</source>
        <translation>Es wurde nichts in eine Datei geschrieben. Geben Sie den Schlüssel mit CWDESK_PRIVATE_KEY oder --private-key-stdin an, oder führen Sie login erneut aus, wenn der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>Signed in. Saved the profile &quot;%1&quot; (the default now); its private key is in the system keychain.</source>
        <translation>Angemeldet. Das Profil „%1“ wurde gespeichert (jetzt als Standard); sein privater Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>There is no default profile; name one with --profile.</source>
        <translation>Es gibt kein Standardprofil; nennen Sie eines mit --profile.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. `cwdesk-cli profiles` lists them.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“. `cwdesk-cli profiles` listet sie auf.</translation>
    </message>
    <message>
        <source>The private key of &quot;%1&quot; could not be removed from the keychain.</source>
        <translation>Der private Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Removed the private key of &quot;%1&quot;, but not the profile.</source>
        <translation>Der private Schlüssel von „%1“ wurde entfernt, das Profil aber nicht.</translation>
    </message>
    <message>
        <source>Signed out: removed the private key and the profile &quot;%1&quot;.</source>
        <translation>Abgemeldet: der private Schlüssel und das Profil „%1“ wurden entfernt.</translation>
    </message>
    <message>
        <source>Signed out: removed the private key of &quot;%1&quot; from the keychain; the profile stays (--forget removes it).</source>
        <translation>Abgemeldet: der private Schlüssel von „%1“ wurde aus dem Schlüsselbund entfernt; das Profil bleibt (--forget entfernt es).</translation>
    </message>
</context>
<context>
    <name>cw::ProfileStore</name>
    <message>
        <source>A connection needs a name, a site or a company before it can be saved.</source>
        <translation>Eine Verbindung braucht einen Namen, eine Site oder eine Firma, bevor sie gespeichert werden kann.</translation>
    </message>
    <message>
        <source>There is no saved connection named %1.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens %1.</translation>
    </message>
    <message>
        <source>The saved connections in %1 could not be read: %2.</source>
        <translation>Die gespeicherten Verbindungen in %1 konnten nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the file is far too large</source>
        <translation>die Datei ist viel zu groß</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it does not hold a list of connections</source>
        <translation>sie enthält keine Liste von Verbindungen</translation>
    </message>
    <message>
        <source>The saved connections in %1 were written by a newer version of CW Desk. Update CW Desk to use or change them.</source>
        <translation>Die gespeicherten Verbindungen in %1 wurden von einer neueren Version von CW Desk geschrieben. Aktualisieren Sie CW Desk, um sie zu verwenden oder zu ändern.</translation>
    </message>
    <message>
        <source>The saved connections in %1 are damaged (%2) and could not be moved aside. Move or delete the file, then try again.</source>
        <translation>Die gespeicherten Verbindungen in %1 sind beschädigt (%2) und konnten nicht beiseitegelegt werden. Verschieben oder löschen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The saved connections in %1 were damaged (%2). The file was kept as %3; add your connections again (their private keys are still in the system keychain).</source>
        <translation>Die gespeicherten Verbindungen in %1 waren beschädigt (%2). Die Datei wurde als %3 aufbewahrt; legen Sie Ihre Verbindungen erneut an (ihre privaten Schlüssel sind noch im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>The folder %1 for the saved connections could not be created.</source>
        <translation>Der Ordner %1 für die gespeicherten Verbindungen konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 for the saved connections could not be made private.</source>
        <translation>Der Ordner %1 für die gespeicherten Verbindungen konnte nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>The saved connections could not be written to %1: %2.</source>
        <translation>Die gespeicherten Verbindungen konnten nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The saved connections could not be written to %1: its permissions could not be restricted to you.</source>
        <translation>Die gespeicherten Verbindungen konnten nicht nach %1 geschrieben werden: Ihre Berechtigungen ließen sich nicht auf Sie beschränken.</translation>
    </message>
</context>
<context>
    <name>cw::ProgressBar</name>
    <message>
        <source>%L1 of %L2 %3</source>
        <translation>%L1 von %L2 %3</translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
</context>
<context>
    <name>cw::QueryBar</name>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Conditions, e.g. status/name = &quot;New&quot; and priority/name like &quot;High%&quot;</source>
        <translation>Bedingungen, z. B. status/name = &quot;New&quot; and priority/name like &quot;High%&quot;</translation>
    </message>
    <message>
        <source>ConnectWise conditions. Up and Down recall earlier queries; Return applies; completion offers fields and known names.</source>
        <translation>ConnectWise-Bedingungen. Auf und Ab holen frühere Abfragen zurück; Eingabe wendet an; die Vervollständigung bietet Felder und bekannte Namen an.</translation>
    </message>
    <message>
        <source>Search the &amp;server</source>
        <translation>Auf dem &amp;Server suchen</translation>
    </message>
    <message>
        <source>Search the server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <source>Send the conditions to the server (finds tickets not in the cache)</source>
        <translation>Die Bedingungen an den Server senden (findet Tickets, die nicht im Cache sind)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>cw::RecordJob</name>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
</context>
<context>
    <name>cw::RecordListing</name>
    <message>
        <source>Only records that match EXPR, in ConnectWise&apos;s conditions language, e.g. &apos;status/name=&quot;New&quot; and board/name=&quot;Service Desk&quot;&apos;.</source>
        <translation>Nur Datensätze, die EXPR entsprechen, in der Bedingungssprache von ConnectWise, z. B. &apos;status/name=&quot;New&quot; and board/name=&quot;Service Desk&quot;&apos;.</translation>
    </message>
    <message>
        <source>Sort order, e.g. &apos;id desc&apos; or &apos;priority/sort, id&apos;.</source>
        <translation>Sortierung, z. B. &apos;id desc&apos; oder &apos;priority/sort, id&apos;.</translation>
    </message>
    <message>
        <source>Only these fields, comma-separated (nested with / or .); they become the columns of a table or CSV, and JSON records hold only them.</source>
        <translation>Nur diese Felder, durch Kommas getrennt (verschachtelt mit / oder .); sie werden zu den Spalten einer Tabelle oder CSV-Datei, und JSON-Datensätze enthalten nur sie.</translation>
    </message>
    <message>
        <source>Records per page (1-1000; default 25 for one page, 1000 with --all).</source>
        <translation>Datensätze pro Seite (1–1000; Standard 25 für eine Seite, 1000 mit --all).</translation>
    </message>
    <message>
        <source>Which page to show (default 1).</source>
        <translation>Welche Seite angezeigt wird (Standard 1).</translation>
    </message>
    <message>
        <source>Every matching record: all pages, several at a time, with progress on a terminal.</source>
        <translation>Jeder passende Datensatz: alle Seiten, mehrere gleichzeitig, mit Fortschritt im Terminal.</translation>
    </message>
    <message>
        <source>--fields needs at least one field name.</source>
        <translation>--fields braucht mindestens einen Feldnamen.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %L2 to %L3.</source>
        <translation>--%1 muss eine Zahl von %L2 bis %L3 sein.</translation>
    </message>
    <message>
        <source>--all and --page do not go together.</source>
        <translation>--all und --page passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Page %L1 of %L2. --all lists every record, --page N another page.</source>
        <translation>Seite %L1 von %L2. --all listet alle Datensätze auf, --page N eine andere Seite.</translation>
    </message>
</context>
<context>
    <name>cw::ReferencePicker</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>cw::ReferenceResolver</name>
    <message>
        <source>There is no %1 named &quot;%2&quot;%3.</source>
        <translation>%1 „%2“%3 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one %2%3; give the id instead.</source>
        <translation>„%1“ passt auf mehrere Einträge vom Typ %2%3; geben Sie stattdessen die ID an.</translation>
    </message>
</context>
<context>
    <name>cw::SavedViews</name>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Offen auf %1</translation>
    </message>
</context>
<context>
    <name>cw::SearchCommand</name>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Search tickets, notes and articles in the offline cache.</source>
        <translation>Tickets, Notizen und Artikel im Offline-Cache durchsuchen.</translation>
    </message>
    <message>
        <source>Show at most N hits (default 50).</source>
        <translation>Höchstens N Treffer anzeigen (Standard 50).</translation>
    </message>
    <message>
        <source>search needs the TEXT to look for.</source>
        <translation>search braucht den TEXT, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Der Offline-Cache kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::SecretJob</name>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>No private key is saved in the system keychain for this connection (%1). Enter the private key to sign in; it is saved again.</source>
        <translation>Im Schlüsselbund des Systems ist für diese Verbindung kein privater Schlüssel gespeichert (%1). Geben Sie den privaten Schlüssel ein, um sich anzumelden; er wird erneut gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start a Secret Service provider such as GNOME Keyring or KWallet, or give the key with CWDESK_PRIVATE_KEY / --private-key-stdin.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet, oder geben Sie den Schlüssel mit CWDESK_PRIVATE_KEY / --private-key-stdin an.</translation>
    </message>
    <message>
        <source>CW Desk may not use the system keychain (%1). Unlock the keychain, or allow CW Desk when the keychain asks, then try again.</source>
        <translation>CW Desk darf den Schlüsselbund des Systems nicht verwenden (%1). Entsperren Sie den Schlüsselbund oder erlauben Sie CW Desk den Zugriff, wenn der Schlüsselbund fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The private key could not be read from the system keychain (%1). Try again; if it keeps failing, enter the private key to sign in.</source>
        <translation>Der private Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden (%1). Versuchen Sie es erneut; schlägt es weiter fehl, geben Sie den privaten Schlüssel zur Anmeldung ein.</translation>
    </message>
    <message>
        <source>The private key could not be saved in the system keychain (%1). Check that the keychain is unlocked, then try again.</source>
        <translation>Der private Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Prüfen Sie, ob der Schlüsselbund entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The private key could not be removed from the system keychain (%1). Remove the CW Desk entry with your keychain manager, for example Seahorse or KWalletManager.</source>
        <translation>Der private Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1). Entfernen Sie den Eintrag von CW Desk mit Ihrer Schlüsselbundverwaltung, zum Beispiel Seahorse oder KWalletManager.</translation>
    </message>
</context>
<context>
    <name>cw::SlaPanel</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <source>Met:</source>
        <translation>Erfüllt:</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation>Reagieren bis %1</translation>
    </message>
    <message>
        <source>Plan by %1</source>
        <translation>Planen bis %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Lösen bis %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Seit %1 überschritten</translation>
    </message>
    <message>
        <source>responded %1</source>
        <translation>reagiert %1</translation>
    </message>
    <message>
        <source>plan set %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>gelöst %1</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Offline: as of the last sync, %1.</source>
        <translation>Offline: Stand der letzten Synchronisierung, %1.</translation>
    </message>
    <message>
        <source>Offline: as of the last sync.</source>
        <translation>Offline: Stand der letzten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>cw::SlaState</name>
    <message>
        <source>Respond</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>%1 · %2 (breached)</source>
        <translation>%1 · %2 (überschritten)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>cw::SyncCommand</name>
    <message>
        <source>Bring the offline cache up to date.</source>
        <translation>Den Offline-Cache auf den neuesten Stand bringen.</translation>
    </message>
    <message>
        <source>The first run fetches lookups, boards, members, companies, contacts and the tickets of the boards (open ones and those closed in the last --closed-days); later runs fetch only what changed. --full fetches everything again and removes what the server no longer has.</source>
        <translation>Der erste Lauf ruft Nachschlagelisten, Boards, Mitglieder, Firmen, Kontakte und die Tickets der Boards ab (offene und die in den letzten --closed-days geschlossenen); spätere Läufe rufen nur Geändertes ab. --full ruft alles erneut ab und entfernt, was der Server nicht mehr hat.</translation>
    </message>
    <message>
        <source>Fetch everything again, then look for deleted tickets.</source>
        <translation>Alles erneut abrufen und dann nach gelöschten Tickets suchen.</translation>
    </message>
    <message>
        <source>Keep the tickets of board ID (repeatable; default: all boards).</source>
        <translation>Die Tickets des Boards ID behalten (wiederholbar; Standard: alle Boards).</translation>
    </message>
    <message>
        <source>Keep tickets closed in the last N days (default 30).</source>
        <translation>Tickets behalten, die in den letzten N Tagen geschlossen wurden (Standard 30).</translation>
    </message>
    <message>
        <source>The board ID</source>
        <translation>Die Board-ID</translation>
    </message>
    <message>
        <source>--closed-days must be a number of days.</source>
        <translation>--closed-days muss eine Anzahl Tage sein.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Der Offline-Cache kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The offline cache could not store the records: %1</source>
        <translation>Der Offline-Cache konnte die Datensätze nicht speichern: %1</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Deleted tickets</source>
        <translation>Gelöschte Tickets</translation>
    </message>
    <message>
        <source>Notes and tasks</source>
        <translation>Notizen und Aufgaben</translation>
    </message>
</context>
<context>
    <name>cw::SyncSummary</name>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>configuration links</source>
        <translation>Konfigurationsverknüpfungen</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>subtypes</source>
        <translation>Untertypen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1: %L2 added, %L3 changed, %L4 removed
</source>
        <translation>%1: %L2 hinzugefügt, %L3 geändert, %L4 entfernt
</translation>
    </message>
    <message>
        <source>%1 sync done in %L2 s: %L3 added, %L4 changed, %L5 removed%6
</source>
        <translation>Synchronisierung (%1) in %L2 s abgeschlossen: %L3 hinzugefügt, %L4 geändert, %L5 entfernt%6
</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source> (deletions checked)</source>
        <translation> (Löschungen geprüft)</translation>
    </message>
    <message>
        <source>The ticket listing went on after ticket #%1, where an earlier run stopped.
</source>
        <translation>Die Ticketliste wurde nach Ticket #%1 fortgesetzt, wo ein früherer Lauf angehalten hatte.
</translation>
    </message>
</context>
<context>
    <name>cw::TasksPane</name>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (wartet auf das Senden)</translation>
    </message>
    <message>
        <source>%1 ⚠ refused: %2</source>
        <translation>%1 ⚠ abgelehnt: %2</translation>
    </message>
    <message>
        <source>&amp;Add Task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task checklist</source>
        <translation>Aufgaben-Checkliste</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>New task… (Enter adds it)</source>
        <translation>Neue Aufgabe… (Enter fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected task (F2)</source>
        <translation>Die ausgewählte Aufgabe bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Die ausgewählte Aufgabe löschen (Entf)</translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation>Aufgabe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected task up (Ctrl+Up)</source>
        <translation>Die ausgewählte Aufgabe nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation>Aufgabe nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected task down (Ctrl+Down)</source>
        <translation>Die ausgewählte Aufgabe nach unten verschieben (Strg+Herunter)</translation>
    </message>
    <message>
        <source>&amp;Save Task</source>
        <translation>Aufgabe &amp;speichern</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Die Aufgabe „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>cw::Terminal</name>
    <message>
        <source>y</source>
        <comment>the short yes of a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a [y/N] question</comment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>cw::TicketChange</name>
    <message>
        <source>Set the ticket&apos;s board before its %1.</source>
        <translation>Setzen Sie das Board des Tickets vor seinem Feld %1.</translation>
    </message>
    <message>
        <source>on board %1</source>
        <translation>auf Board %1</translation>
    </message>
    <message>
        <source>Set the ticket&apos;s company before its site.</source>
        <translation>Setzen Sie die Firma des Tickets vor seinem Standort.</translation>
    </message>
    <message>
        <source>at company %1</source>
        <translation>bei Firma %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>Servicestandort</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1.%2 cannot be set; a %1 is set by id or name: %3.</source>
        <translation>%1.%2 kann nicht gesetzt werden; %1 wird per ID oder Name gesetzt: %3.</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Ticket #%1 ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); the change is made to the cached copy of ticket #%2.</source>
        <translation>Der Server ist nicht erreichbar (%1); die Änderung wird an der zwischengespeicherten Kopie von Ticket #%2 vorgenommen.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 braucht eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 needs a value: an id or a name (or null to clear it).</source>
        <translation>%1 braucht einen Wert: eine ID oder einen Namen (oder null zum Leeren).</translation>
    </message>
    <message>
        <source>Ticket #%1 has no custom fields.</source>
        <translation>Ticket #%1 hat keine benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no custom field &quot;%2&quot;; it has: %3.</source>
        <translation>Ticket #%1 hat kein benutzerdefiniertes Feld „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; takes a number, not &quot;%2&quot;.</source>
        <translation>Das benutzerdefinierte Feld „%1“ nimmt eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; takes true or false, not &quot;%2&quot;.</source>
        <translation>Das benutzerdefinierte Feld „%1“ nimmt true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>No custom fields are known yet: sync once, so that the cache has tickets that carry them.</source>
        <translation>Noch sind keine benutzerdefinierten Felder bekannt: einmal synchronisieren, damit der Cache Tickets enthält, die sie tragen.</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;; tickets have: %2.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld „%1“; Tickets haben: %2.</translation>
    </message>
</context>
<context>
    <name>cw::TicketCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--board BOARD --company COMPANY --summary TEXT [FIELD=VALUE…]</source>
        <translation>--board BOARD --company COMPANY --summary TEXT [FIELD=VALUE…]</translation>
    </message>
    <message>
        <source>ID FIELD=VALUE…</source>
        <translation>ID FIELD=VALUE…</translation>
    </message>
    <message>
        <source>ID [--yes]</source>
        <translation>ID [--yes]</translation>
    </message>
    <message>
        <source>Show one ticket.</source>
        <translation>Ein Ticket anzeigen.</translation>
    </message>
    <message>
        <source>Create a ticket.</source>
        <translation>Ein Ticket anlegen.</translation>
    </message>
    <message>
        <source>Change fields of a ticket (only what changed is sent).</source>
        <translation>Felder eines Tickets ändern (nur Geändertes wird gesendet).</translation>
    </message>
    <message>
        <source>Delete a ticket.</source>
        <translation>Ein Ticket löschen.</translation>
    </message>
    <message>
        <source>FIELD=VALUE sets a field. VALUE is JSON when it parses as JSON (42, 2.5, true, false, null, &quot;text&quot;), otherwise text; a field that holds text keeps text (summary=2024 stays a string). Nested fields use dots (a.b=1).
References take an id or a name and are sent as {&quot;id&quot;: N}: %1. Examples: status.name=&quot;In Progress&quot;, status=&quot;In Progress&quot;, status.id=12, owner.identifier=jdoe, owner.name=&quot;Aisha Flores&quot;, company.identifier=Acme, contact.name=&quot;Hannah Perez&quot;, priority.name=&quot;Priority 2 - Quick Response&quot;. Statuses, types, subtypes, items and teams are looked up on the ticket&apos;s board (its new board when board is set too), sites and contacts in its company. FIELD=null clears a field.
Custom fields by caption or id: customField.Region=North, &apos;customField.Outage ID=4711&apos; (cf. is short for customField.); the value is converted to the field&apos;s type.</source>
        <translation>FIELD=VALUE setzt ein Feld. VALUE ist JSON, wenn es sich als JSON lesen lässt (42, 2.5, true, false, null, &quot;text&quot;), sonst Text; ein Feld, das Text enthält, behält Text (summary=2024 bleibt eine Zeichenkette). Verschachtelte Felder verwenden Punkte (a.b=1).
Verweise nehmen eine ID oder einen Namen und werden als {&quot;id&quot;: N} gesendet: %1. Beispiele: status.name=&quot;In Progress&quot;, status=&quot;In Progress&quot;, status.id=12, owner.identifier=jdoe, owner.name=&quot;Aisha Flores&quot;, company.identifier=Acme, contact.name=&quot;Hannah Perez&quot;, priority.name=&quot;Priority 2 - Quick Response&quot;. Status, Typen, Untertypen, Elemente und Teams werden auf dem Board des Tickets gesucht (auf seinem neuen Board, wenn board ebenfalls gesetzt wird), Standorte und Kontakte in seiner Firma. FIELD=null leert ein Feld.
Benutzerdefinierte Felder per Beschriftung oder ID: customField.Region=North, &apos;customField.Outage ID=4711&apos; (cf. ist die Kurzform von customField.); der Wert wird in den Typ des Feldes umgewandelt.</translation>
    </message>
    <message>
        <source>The table shows the main fields and the custom fields that have a value; --format json prints the ticket exactly as the server sent it.</source>
        <translation>Die Tabelle zeigt die wichtigsten Felder und die benutzerdefinierten Felder mit Wert; --format json gibt das Ticket genau so aus, wie der Server es gesendet hat.</translation>
    </message>
    <message>
        <source>On a terminal it asks first, unless --yes is given; in scripts it does not ask.</source>
        <translation>Im Terminal wird zuerst nachgefragt, außer mit --yes; in Skripten wird nicht gefragt.</translation>
    </message>
    <message>
        <source>The board: id or name (required).</source>
        <translation>Das Board: ID oder Name (erforderlich).</translation>
    </message>
    <message>
        <source>The company: id, identifier or name (required).</source>
        <translation>Die Firma: ID, Kennung oder Name (erforderlich).</translation>
    </message>
    <message>
        <source>The summary (required).</source>
        <translation>Die Zusammenfassung (erforderlich).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>die Ticket-ID</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>Die Ticket-ID</translation>
    </message>
    <message>
        <source>ticket create needs %1.</source>
        <translation>ticket create braucht %1.</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli ticket create %1</source>
        <translation>Aufruf: cwdesk-cli ticket create %1</translation>
    </message>
    <message>
        <source>ticket update needs at least one FIELD=VALUE, for example status.name=&quot;In Progress&quot;.</source>
        <translation>ticket update braucht mindestens ein FIELD=VALUE, zum Beispiel status.name=&quot;In Progress&quot;.</translation>
    </message>
    <message>
        <source>Custom fields are set after the ticket exists: create it, then run `ticket update ID %1`.</source>
        <translation>Benutzerdefinierte Felder werden gesetzt, wenn das Ticket existiert: Legen Sie es an und führen Sie dann `ticket update ID %1` aus.</translation>
    </message>
    <message>
        <source>Created ticket #%1.</source>
        <translation>Ticket #%1 angelegt.</translation>
    </message>
    <message>
        <source>Deleted ticket #%1.</source>
        <translation>Ticket #%1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete ticket #%1 &quot;%2&quot;? [y/N] </source>
        <translation>Ticket #%1 „%2“ löschen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>BOARD is a board&apos;s id or name; COMPANY a company&apos;s id, identifier or name. (--company after `ticket create` is the ticket&apos;s company; the connection&apos;s company goes before `ticket` or in CWDESK_COMPANY.)
%1
Prints the new ticket (--format json | jq .id gives its id).
Example: cwdesk-cli ticket create --board &quot;Service Desk&quot; --company Acme --summary &quot;Printer offline&quot; status.name=New owner.identifier=jdoe</source>
        <comment>%1: the paragraphs on FIELD=VALUE</comment>
        <translation>BOARD ist die ID oder der Name eines Boards; COMPANY die ID, Kennung oder der Name einer Firma. (--company nach `ticket create` ist die Firma des Tickets; die Firma der Verbindung steht vor `ticket` oder in CWDESK_COMPANY.)
%1
Gibt das neue Ticket aus (--format json | jq .id liefert seine ID).
Beispiel: cwdesk-cli ticket create --board &quot;Service Desk&quot; --company Acme --summary &quot;Printer offline&quot; status.name=New owner.identifier=jdoe</translation>
    </message>
    <message>
        <source>%1
The ticket is read first; a PATCH carries only the fields that changed. Prints the updated ticket.
Example: cwdesk-cli ticket update 10001 status.name=&quot;In Progress&quot; owner.identifier=jdoe customField.Region=North</source>
        <comment>%1: the paragraphs on FIELD=VALUE</comment>
        <translation>%1
Das Ticket wird zuerst gelesen; ein PATCH enthält nur die geänderten Felder. Gibt das aktualisierte Ticket aus.
Beispiel: cwdesk-cli ticket update 10001 status.name=&quot;In Progress&quot; owner.identifier=jdoe customField.Region=North</translation>
    </message>
</context>
<context>
    <name>cw::TicketConfigurationModel</name>
    <message>
        <source>Configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cw::TicketDetailPanel</name>
    <message>
        <source>Ticket details</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Ticket #%1 ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Kein Ticket ausgewählt.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Notes, tasks and configurations</source>
        <translation>Notizen, Aufgaben und Konfigurationen</translation>
    </message>
    <message>
        <source>Ticket panes</source>
        <translation>Ticketbereiche</translation>
    </message>
</context>
<context>
    <name>cw::TicketDispatcher</name>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Ticket #%1 ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>Ticket #%1 was saved.</source>
        <translation>Ticket #%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Ticket #%1 waits in the outbox: %2</source>
        <translation>Ticket #%1 wartet im Postausgang: %2</translation>
    </message>
    <message>
        <source>Ticket #%1 was not changed: %2</source>
        <translation>Ticket #%1 wurde nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>cw::TicketEditModel</name>
    <message>
        <source>subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>Servicestandort</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change custom field</source>
        <translation>Benutzerdefiniertes Feld ändern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Not a %1 of board %2: choose another.</source>
        <translation>Kein Eintrag vom Typ %1 auf Board %2: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Not a %1 of company %2: choose another.</source>
        <translation>Kein Eintrag vom Typ %1 bei Firma %2: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A new ticket needs a board.</source>
        <translation>Ein neues Ticket braucht ein Board.</translation>
    </message>
    <message>
        <source>A new ticket needs a company.</source>
        <translation>Ein neues Ticket braucht eine Firma.</translation>
    </message>
    <message>
        <source>A new ticket needs a summary.</source>
        <translation>Ein neues Ticket braucht eine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Fill in the fields marked.</source>
        <translation>Füllen Sie die markierten Felder aus.</translation>
    </message>
    <message>
        <source>The server refused some fields.</source>
        <translation>Der Server hat einige Felder abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed meanwhile: %1.</source>
        <translation>Die Serverkopie hat sich inzwischen geändert: %1.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>New ticket · %1</source>
        <translation>Neues Ticket · %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>cw::TicketEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send what changed (Ctrl+S); offline it waits in the outbox</source>
        <translation>Senden, was sich geändert hat (Strg+S); offline wartet es im Postausgang</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the ticket as loaded</source>
        <translation>Zurück zum Ticket wie geladen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ticket fields</source>
        <translation>Ticketfelder</translation>
    </message>
    <message>
        <source>Ticket panes</source>
        <translation>Ticketbereiche</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>unsaved</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (ausstehend)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed meanwhile, in fields you changed too: choose below which to keep.</source>
        <translation>Die Serverkopie hat sich inzwischen geändert, in Feldern, die Sie auch geändert haben: Wählen Sie unten, was bleiben soll.</translation>
    </message>
    <message>
        <source>The server refused the change: see the marked fields.</source>
        <translation>Der Server hat die Änderung abgelehnt: siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Unsaved changes: %1.</source>
        <translation>Ungespeicherte Änderungen: %1.</translation>
    </message>
    <message>
        <source>Pending: waiting in the outbox until the server accepts it. %1</source>
        <translation>Ausstehend: wartet im Postausgang, bis der Server sie annimmt. %1</translation>
    </message>
</context>
<context>
    <name>cw::TicketForm</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation>Service-Ticket</translation>
    </message>
    <message>
        <source>Project ticket</source>
        <translation>Projekt-Ticket</translation>
    </message>
    <message>
        <source>Project issue</source>
        <translation>Projektproblem</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>Daten&amp;satztyp:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Su&amp;btype:</source>
        <translation>&amp;Untertyp:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Element:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Service &amp;location:</source>
        <translation>Service&amp;standort:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Ko&amp;ntakt:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Re&amp;quired by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Bud&amp;get hours:</source>
        <translation>&amp;Budgetstunden:</translation>
    </message>
    <message>
        <source>Imp&amp;act:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sc&amp;hweregrad:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>P&amp;O number:</source>
        <translation>Bestell&amp;nummer:</translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation>E&amp;xterne Referenz:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Responded:</source>
        <translation>Reagiert:</translation>
    </message>
    <message>
        <source>Plan set:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Gelöst:</translation>
    </message>
    <message>
        <source>Actual hours:</source>
        <translation>Ist-Stunden:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation>Erfasst von:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <source>Updated by:</source>
        <translation>Aktualisiert von:</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>cw::TicketItemChange</name>
    <message>
        <source>No configuration &quot;%1&quot; is attached to ticket #%2.</source>
        <translation>Am Ticket #%2 hängt keine Konfiguration „%1“.</translation>
    </message>
    <message>
        <source>Only notes and tasks can be edited here.</source>
        <translation>Hier können nur Notizen und Aufgaben bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only notes and tasks can be deleted here.</source>
        <translation>Hier können nur Notizen und Aufgaben gelöscht werden.</translation>
    </message>
    <message>
        <source>Tasks are reordered through the offline cache, which is not available.</source>
        <translation>Aufgaben werden über den Offline-Cache neu angeordnet, der nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>cw::TicketItemCommand</name>
    <message>
        <source>TICKET_ID --text TEXT [--internal] [--resolution]</source>
        <translation>TICKET_ID --text TEXT [--internal] [--resolution]</translation>
    </message>
    <message>
        <source>TICKET_ID --notes TEXT</source>
        <translation>TICKET_ID --notes TEXT</translation>
    </message>
    <message>
        <source>TICKET_ID TASK_ID</source>
        <translation>TICKET_ID TASK_ID</translation>
    </message>
    <message>
        <source>TICKET_ID CONFIGURATION</source>
        <translation>TICKET_ID CONFIGURATION</translation>
    </message>
    <message>
        <source>Add a note to a ticket.</source>
        <translation>Einem Ticket eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>Add a task to a ticket.</source>
        <translation>Einem Ticket eine Aufgabe hinzufügen.</translation>
    </message>
    <message>
        <source>Mark a task of a ticket as done.</source>
        <translation>Eine Aufgabe eines Tickets als erledigt markieren.</translation>
    </message>
    <message>
        <source>Attach a configuration to a ticket.</source>
        <translation>Einem Ticket eine Konfiguration zuordnen.</translation>
    </message>
    <message>
        <source>Detach a configuration from a ticket.</source>
        <translation>Eine Konfiguration von einem Ticket lösen.</translation>
    </message>
    <message>
        <source>A note is a discussion note unless --internal or --resolution says otherwise (--discussion adds the discussion flag to those). --text - reads the text from standard input.
Prints the new note.</source>
        <translation>Eine Notiz ist eine Diskussionsnotiz, sofern --internal oder --resolution nichts anderes sagen (--discussion setzt bei diesen zusätzlich das Diskussionsmerkmal). --text - liest den Text von der Standardeingabe.
Gibt die neue Notiz aus.</translation>
    </message>
    <message>
        <source>Prints the new task.</source>
        <translation>Gibt die neue Aufgabe aus.</translation>
    </message>
    <message>
        <source>Prints the task as the server has it now.</source>
        <translation>Gibt die Aufgabe so aus, wie der Server sie jetzt hat.</translation>
    </message>
    <message>
        <source>CONFIGURATION is the configuration&apos;s id or its device identifier (e.g. RTC-FW01).</source>
        <translation>CONFIGURATION ist die ID der Konfiguration oder ihre Gerätekennung (z. B. RTC-FW01).</translation>
    </message>
    <message>
        <source>The note&apos;s text; - reads it from standard input.</source>
        <translation>Der Text der Notiz; - liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <source>An internal note (internal analysis).</source>
        <translation>Eine interne Notiz (interne Analyse).</translation>
    </message>
    <message>
        <source>A resolution note.</source>
        <translation>Eine Lösungsnotiz.</translation>
    </message>
    <message>
        <source>Also a discussion note (the default without the other two).</source>
        <translation>Auch eine Diskussionsnotiz (der Standard ohne die beiden anderen).</translation>
    </message>
    <message>
        <source>What is to be done (required).</source>
        <translation>Was zu tun ist (erforderlich).</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>Ein kurzer Titel.</translation>
    </message>
    <message>
        <source>How it was done.</source>
        <translation>Wie es erledigt wurde.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>die Ticket-ID</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>Die Ticket-ID</translation>
    </message>
    <message>
        <source>note add needs --text (or --text - to read standard input).</source>
        <translation>note add braucht --text (oder --text -, um die Standardeingabe zu lesen).</translation>
    </message>
    <message>
        <source>--text - and --private-key-stdin cannot both read standard input.</source>
        <translation>--text - und --private-key-stdin können nicht beide die Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The note&apos;s text is empty.</source>
        <translation>Der Text der Notiz ist leer.</translation>
    </message>
    <message>
        <source>task add needs --notes TEXT.</source>
        <translation>task add braucht --notes TEXT.</translation>
    </message>
    <message>
        <source>the task ID</source>
        <translation>die Aufgaben-ID</translation>
    </message>
    <message>
        <source>The task ID</source>
        <translation>Die Aufgaben-ID</translation>
    </message>
    <message>
        <source>the configuration (id or device identifier)</source>
        <translation>die Konfiguration (ID oder Gerätekennung)</translation>
    </message>
    <message>
        <source>Detached configuration %1 from ticket #%2.</source>
        <translation>Konfiguration %1 von Ticket #%2 gelöst.</translation>
    </message>
</context>
<context>
    <name>cw::TicketItemModel</name>
    <message>
        <source>The server refused this change.</source>
        <translation>Der Server hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1.</source>
        <translation>Auch auf dem Server geändert: %1.</translation>
    </message>
</context>
<context>
    <name>cw::TicketListModel</name>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
</context>
<context>
    <name>cw::TicketSearch</name>
    <message>
        <source>The server cannot be reached: only the offline cache can be searched now.</source>
        <translation>Der Server ist nicht erreichbar: Im Moment kann nur der Offline-Cache durchsucht werden.</translation>
    </message>
</context>
<context>
    <name>cw::TicketTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>cwdesk</name>
    <message>
        <source>cwdesk: could not write the screenshot %1</source>
        <translation>cwdesk: Der Screenshot %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>CW Desk, a desktop client for the ConnectWise Manage Service API.</source>
        <translation>CW Desk, ein Desktop-Client für die Service-API von ConnectWise Manage.</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox with generated demo data.</source>
        <translation>Mit der eingebauten Sandbox und erzeugten Demodaten starten.</translation>
    </message>
    <message>
        <source>Render the main window to &lt;file&gt; (PNG) once the first board&apos;s tickets are shown, then exit.</source>
        <translation>Das Hauptfenster als &lt;file&gt; (PNG) rendern, sobald die Tickets des ersten Boards angezeigt werden, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt; (CWDESK_PROFILE).</source>
        <translation>Das gespeicherte Profil &lt;name&gt; verwenden (CWDESK_PROFILE).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read profiles.json from &lt;dir&gt; (CWDESK_CONFIG_DIR).</source>
        <translation>profiles.json aus &lt;dir&gt; lesen (CWDESK_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The ConnectWise site, e.g. na.myconnectwise.net (CWDESK_SITE).</source>
        <translation>Die ConnectWise-Site, z. B. na.myconnectwise.net (CWDESK_SITE).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>The company ID (CWDESK_COMPANY).</source>
        <translation>Die Firmen-ID (CWDESK_COMPANY).</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>The API member&apos;s public key (CWDESK_PUBLIC_KEY); the private key comes from CWDESK_PRIVATE_KEY or the keychain.</source>
        <translation>Der öffentliche Schlüssel des API-Mitglieds (CWDESK_PUBLIC_KEY); der private Schlüssel kommt aus CWDESK_PRIVATE_KEY oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>The integration&apos;s client id (CWDESK_CLIENT_ID).</source>
        <translation>Die Client-ID der Integration (CWDESK_CLIENT_ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (CWDESK_TRUST_FINGERPRINT).</source>
        <translation>Das Serverzertifikat mit diesem SHA-256-Fingerabdruck akzeptieren (CWDESK_TRUST_FINGERPRINT).</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Keep the offline cache in &lt;file&gt; (CWDESK_CACHE).</source>
        <translation>Den Offline-Cache in &lt;file&gt; halten (CWDESK_CACHE).</translation>
    </message>
    <message>
        <source>Never talk to the server: show the offline cache and queue changes.</source>
        <translation>Nie mit dem Server sprechen: den Offline-Cache zeigen und Änderungen einreihen.</translation>
    </message>
    <message>
        <source>cwdesk: cannot create %1</source>
        <translation>cwdesk: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cwdesk: the demo data could not be read (%1); it was moved to %2 and new demo data was generated.</source>
        <translation>cwdesk: Die Demodaten konnten nicht gelesen werden (%1); sie wurden nach %2 verschoben, und neue Demodaten wurden erzeugt.</translation>
    </message>
    <message>
        <source>cwdesk: the demo sandbox did not start: %1</source>
        <translation>cwdesk: Die Demo-Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>cwdesk: no connection is set up. Run &quot;cwdesk --demo&quot; to try CW Desk with the built-in sandbox, or save a connection with &quot;cwdesk-cli login&quot; (or give --site, --company and --public-key).</source>
        <translation>cwdesk: Es ist keine Verbindung eingerichtet. Starten Sie „cwdesk --demo“, um CW Desk mit der eingebauten Sandbox auszuprobieren, oder speichern Sie eine Verbindung mit „cwdesk-cli login“ (oder geben Sie --site, --company und --public-key an).</translation>
    </message>
    <message>
        <source>cwdesk: no display found; rendering the window to %1 instead.</source>
        <translation>cwdesk: Kein Display gefunden; das Fenster wird stattdessen nach %1 gerendert.</translation>
    </message>
    <message>
        <source>Show the interface in language &lt;lang&gt; (en, de, fr) instead of the system&apos;s or the one chosen in View &gt; Language.</source>
        <translation>Die Oberfläche in der Sprache &lt;lang&gt; (en, de, fr) anzeigen statt in der des Systems oder der unter Ansicht &gt; Sprache gewählten.</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>lang</translation>
    </message>
</context>
<context>
    <name>cwdesk-cli</name>
    <message>
        <source>cannot set up signal handling</source>
        <translation>Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
</context>
</TS>
