<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionReport</name>
    <message numerus="yes">
        <source>Connected. The project has %n server(s).</source>
        <translation>
            <numerusform>Connected. The project has %n server.</numerusform>
            <numerusform>Connected. The project has %n servers.</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n changes pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project has %n server(s).</source>
        <translation>
            <numerusform>The project has %n server.</numerusform>
            <numerusform>The project has %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::studio</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::studio::FileController</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 breaks %n rule(s); see Problems. It cannot be applied until they are fixed.</source>
        <translation>
            <numerusform>%1 breaks %n rule; see Problems. It cannot be applied until it is fixed.</numerusform>
            <numerusform>%1 breaks %n rules; see Problems. It cannot be applied until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::studio::MainWindow</name>
    <message numerus="yes">
        <source>The design breaks %n rule(s). Fix them (see Problems) before reviewing changes.</source>
        <translation>
            <numerusform>The design breaks %n rule. Fix it (see Problems) before reviewing changes.</numerusform>
            <numerusform>The design breaks %n rules. Fix them (see Problems) before reviewing changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected · %n changes pending</source>
        <translation>
            <numerusform>Connected · %n change pending</numerusform>
            <numerusform>Connected · %n changes pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewActionsModel</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::studio::ReviewDialog</name>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)…</source>
        <translation>
            <numerusform>&amp;Apply %n change…</numerusform>
            <numerusform>&amp;Apply %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to %1?</source>
        <translation>
            <numerusform>Apply %n change to %1?</numerusform>
            <numerusform>Apply %n changes to %1?</numerusform>
        </translation>
    </message>
</context>
</TS>
