<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ovh::Call</name>
    <message>
        <source>in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message the sources no longer have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
