<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ovh::CredentialDialog</name>
    <message numerus="yes">
        <location filename="../ui/login/credentialdialog.cpp" line="+140"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ovh::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="+134"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elements]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ovh::LoginDialog</name>
    <message numerus="yes">
        <location filename="../ui/login/logindialog.cpp" line="+855"/>
        <source>Checked %n second(s) ago: not validated yet.</source>
        <translation>
            <numerusform>Checked %n second ago: not validated yet.</numerusform>
            <numerusform>Checked %n seconds ago: not validated yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>No validation came within %n minute(s). Nothing was saved: request access again when ready.</source>
        <translation>
            <numerusform>No validation came within %n minute. Nothing was saved: request access again when ready.</numerusform>
            <numerusform>No validation came within %n minutes. Nothing was saved: request access again when ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ovh::OperationView</name>
    <message numerus="yes">
        <location filename="../ui/operation/operationview.cpp" line="+554"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
