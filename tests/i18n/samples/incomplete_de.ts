<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A catalogue with work left: tools/check-translations.py must report each message whose
     comment names a problem, and only those (i18n_ts_checker_selftest). -->
<TS version="2.1" language="de">
<context>
    <name>cw::Sample</name>
    <message>
        <source>&amp;Save</source>
        <comment>expect: ok</comment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ticket #%1 was saved.</source>
        <comment>expect: ok</comment>
        <translation>Ticket #%1 wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <comment>expect: ok</comment>
        <translation>
            <numerusform>ein Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>New string</source>
        <comment>expect: unfinished</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the code</source>
        <comment>expect: vanished</comment>
        <translation type="vanished">Nicht mehr im Code</translation>
    </message>
    <message>
        <source>Older and gone</source>
        <comment>expect: obsolete</comment>
        <translation type="obsolete">Älter und weg</translation>
    </message>
    <message>
        <source>Empty</source>
        <comment>expect: untranslated</comment>
        <translation></translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <comment>expect: placeholders</comment>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>expect: shortcut</comment>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <comment>expect: untranslated</comment>
        <translation>
            <numerusform>eine Änderung wartet</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
