<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Planted faults for checkfrcatalogue.py: one message per kind of fault, and one right. -->
<TS version="2.1" language="fr_FR">
<context>
    <name>Ovh::Planted</name>
    <message>
        <source>Right: %1</source>
        <translation>Juste : %1</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lost placeholder %1 of %2</source>
        <translation>Marqueur perdu %1</translation>
    </message>
    <message>
        <source>Lost &lt;b&gt;bold&lt;/b&gt;</source>
        <translation>Gras perdu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Plain space: %1</source>
        <translation>Espace simple : %1</translation>
    </message>
    <message>
        <source>No space? %1</source>
        <translation>Sans espace? %1</translation>
    </message>
    <message>
        <source>The request “%1”</source>
        <translation>La requête "%1"</translation>
    </message>
    <message>
        <source>The answer “%1”</source>
        <translation>La réponse « %1 »</translation>
    </message>
</context>
</TS>
