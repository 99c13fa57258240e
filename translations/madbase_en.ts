<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mb::ctl::Ctl</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>madbasectl: the topology has %n error(s); run &quot;madbasectl validate %1&quot; to see them.</source>
        <translation>
            <numerusform>madbasectl: the topology has %n error; run &quot;madbasectl validate %1&quot; to see it.</numerusform>
            <numerusform>madbasectl: the topology has %n errors; run &quot;madbasectl validate %1&quot; to see them.</numerusform>
        </translation>
    </message>
</context>
</TS>
