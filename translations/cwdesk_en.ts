<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cw::AdminListModel</name>
    <message numerus="yes">
        <source>%n record(s) on the server</source>
        <translation>
            <numerusform>%n record on the server</numerusform>
            <numerusform>%n records on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) from the offline cache</source>
        <translation>
            <numerusform>%1: %n record from the offline cache</numerusform>
            <numerusform>%1: %n records from the offline cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::Command</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s), but got &quot;%2&quot; as well.</source>
        <translation>
            <numerusform>%1 takes %n argument, but got &quot;%2&quot; as well.</numerusform>
            <numerusform>%1 takes %n arguments, but got &quot;%2&quot; as well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::KbPane</name>
    <message numerus="yes">
        <source>Suggested for ticket #%1: %n article(s)</source>
        <translation>
            <numerusform>Suggested for ticket #%1: %n article</numerusform>
            <numerusform>Suggested for ticket #%1: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found on the server</source>
        <translation>
            <numerusform>%n article found on the server</numerusform>
            <numerusform>%n articles found on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found offline, in the local index</source>
        <translation>
            <numerusform>%n article found offline, in the local index</numerusform>
            <numerusform>%n articles found offline, in the local index</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message numerus="yes">
        <source>Delete %Ln tickets? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln ticket? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln tickets? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
