<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ovh::AboutDialog</name>
    <message>
        <location filename="../ui/window/aboutdialog.cpp" line="+47"/>
        <source>About OVH API Explorer</source>
        <translation>À propos d&apos;OVH API Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVH API Explorer</source>
        <translation>OVH API Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore and call the OVHcloud API: its schema, typed forms, signed calls, scripts.</source>
        <translation>Explorez et appelez l&apos;API OVHcloud&#xa0;: son schéma, des formulaires typés, des appels signés, des scripts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence chosen yet: all rights reserved by the authors.</source>
        <translation>Aucune licence choisie pour l&apos;instant&#xa0;: tous droits réservés aux auteurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema cache:</source>
        <translation>Cache des schémas&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>Préférences&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not kept yet</source>
        <translation>pas encore conservé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions, endpoint and schema for a bug report; never a key</source>
        <translation>Versions, point d&apos;accès et schéma pour un rapport de bogue&#xa0;; jamais de clé</translation>
    </message>
</context>
<context>
    <name>Ovh::AccountButton</name>
    <message>
        <location filename="../ui/window/accountbutton.cpp" line="+68"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ovh.conf</source>
        <translation>ovh.conf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Sandbox demo keys</source>
        <translation>Clés de démo du bac à sable</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reading the keys of %1 from the keychain…</source>
        <translation>Lecture des clés de %1 dans le trousseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key refused</source>
        <translation>%1&#xa0;: clé refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the consumer key of %2 (expired or revoked).</source>
        <translation>%1 a refusé la clé consommateur de %2 (expirée ou révoquée).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls to %1 are signed with the keys of %2.</source>
        <translation>Les appels à %1 sont signés avec les clés de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in (%1)</source>
        <translation>Non connecté (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keys for %1.</source>
        <translation>Aucune clé pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys of %1 for %2 hold no consumer key.</source>
        <translation>Les clés de %1 pour %2 ne contiennent aucune clé consommateur.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose Log In… to get a new one.</source>
        <translation>Choisissez «&#xa0;Se connecter…&#xa0;» pour en obtenir une nouvelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose Log In… to get one.</source>
        <translation>Choisissez «&#xa0;Se connecter…&#xa0;» pour en obtenir une.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accounts on %1</source>
        <translation>Comptes sur %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ovh.conf / environment</source>
        <translation>ovh.conf / environnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys python-ovh would use: ovh.conf files and OVH_* variables</source>
        <translation>Les clés qu&apos;utiliserait python-ovh&#xa0;: fichiers ovh.conf et variables OVH_*</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current Credential…</source>
        <translation>Clé consommateur &amp;actuelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;mport from ovh.conf / Environment…</source>
        <translation>&amp;Importer depuis ovh.conf / l&apos;environnement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export to ovh.conf…</source>
        <translation>&amp;Exporter vers ovh.conf…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Log Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log out of %1? The consumer key of %2 is revoked on the server and forgotten here; the application key and secret stay, ready for the next log-in.</source>
        <translation>Se déconnecter de %1&#xa0;? La clé consommateur de %2 est révoquée sur le serveur et oubliée ici&#xa0;; la clé et le secret d&apos;application restent, prêts pour la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import an Account</source>
        <translation>Importer un compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the keys ovh.conf and the OVH_* variables hold for %1 as the account named (the secrets go to the keychain):</source>
        <translation>Enregistrer les clés que contiennent ovh.conf et les variables OVH_* pour %1 sous le nom de compte suivant (les secrets vont dans le trousseau)&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the Account to an ovh.conf File</source>
        <translation>Exporter le compte vers un fichier ovh.conf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export to ovh.conf</source>
        <translation>Exporter vers ovh.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application secret and the consumer key of %1 will be written in clear text to %2, in its [%3] section (other sections are kept). The file is made readable and writable by you only (mode 0600), but anyone who can read it can use this account.</source>
        <translation>Le secret d&apos;application et la clé consommateur de %1 seront écrits en clair dans %2, dans sa section [%3] (les autres sections sont conservées). Le fichier n&apos;est lisible et modifiable que par vous (mode 0600), mais quiconque peut le lire peut utiliser ce compte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the File</source>
        <translation>Écrire le fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account %1 of %2? Its application key, application secret and consumer key are deleted from this computer (the consumer key stays valid on the server until it expires; log out first to revoke it).</source>
        <translation>Supprimer le compte %1 de %2&#xa0;? Sa clé d&apos;application, son secret d&apos;application et sa clé consommateur sont effacés de cet ordinateur (la clé consommateur reste valide sur le serveur jusqu&apos;à son expiration&#xa0;; déconnectez-vous d&apos;abord pour la révoquer).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Ovh::AccountPresenter</name>
    <message>
        <location filename="../ui/window/accountpresenter.cpp" line="+77"/>
        <source>the sandbox&apos;s demo account</source>
        <extracomment>Ends &quot;Calls to %1 are signed with the keys of %2.&quot; (AccountButton)</extracomment>
        <translation>la démo du bac à sable</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Logged in to %1 as “%2”</source>
        <translation>Connecté à %1 en tant que «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>key valid until %1</source>
        <translation>clé valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key with no expiry</source>
        <translation>clé sans date d&apos;expiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, rights: %3</source>
        <translation>%1&#xa0;: %2, droits&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, only from %1</source>
        <translation>, uniquement depuis %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (could not read the new key back: %1).</source>
        <translation> (impossible de relire la nouvelle clé&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (could not ask %1 about the new key: %2).</source>
        <translation> (impossible d&apos;interroger %1 sur la nouvelle clé&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The previous key stays in the account “%1”.</source>
        <translation>L&apos;ancienne clé reste dans le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous key of “%1” is revoked: the new key replaces it.</source>
        <translation>L&apos;ancienne clé de «&#xa0;%1&#xa0;» est révoquée&#xa0;: la nouvelle clé la remplace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not revoke the previous key of “%1” (%2): it stays valid on %3 until it expires. Revoke it from your account&apos;s API keys.</source>
        <translation>Impossible de révoquer l&apos;ancienne clé de «&#xa0;%1&#xa0;» (%2)&#xa0;: elle reste valide sur %3 jusqu&apos;à son expiration. Révoquez-la depuis les clés d&apos;API de votre compte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keychain is not available, so the keys of the account “%1” cannot be read. Start or unlock your desktop&apos;s keychain (GNOME Keyring, KWallet) and try again, or log in again and keep the keys in an ovh.conf file (mode 0600).</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: les clés du compte «&#xa0;%1&#xa0;» ne peuvent pas être lues. Démarrez ou déverrouillez le trousseau de votre bureau (GNOME Keyring, KWallet) et réessayez, ou reconnectez-vous et conservez les clés dans un fichier ovh.conf (mode 0600).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+7"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The keys of the account “%1” are no longer in the keychain. Log in again, or choose another account in the account menu.</source>
        <translation>Les clés du compte «&#xa0;%1&#xa0;» ne sont plus dans le trousseau. Reconnectez-vous, ou choisissez un autre compte dans le menu du compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Could not read the keys of the account “%1”: %2. Try again, or log in again.</source>
        <translation>Impossible de lire les clés du compte «&#xa0;%1&#xa0;»&#xa0;: %2. Réessayez, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the rights of the current key…</source>
        <translation>Lecture des droits de la clé actuelle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the rights of the current key (%1): only the missing right “%2” is pre-filled. Add the other rights you still need before requesting the new key; the current key is kept.</source>
        <translation>Impossible de lire les droits de la clé actuelle (%1)&#xa0;: seul le droit manquant «&#xa0;%2&#xa0;» est prérempli. Ajoutez les autres droits dont vous avez encore besoin avant de demander la nouvelle clé&#xa0;; la clé actuelle est conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it lists none</source>
        <translation>elle n&apos;en indique aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logging out of %1…</source>
        <translation>Déconnexion de %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not log out of %1: %2. The consumer key is still valid and kept.</source>
        <translation>Impossible de se déconnecter de %1&#xa0;: %2. La clé consommateur est toujours valide et conservée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consumer key of %1 is revoked, but could not be removed from the keychain: %2</source>
        <translation>La clé consommateur de %1 est révoquée, mais n&apos;a pas pu être supprimée du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logged out of %1: the consumer key is revoked and forgotten</source>
        <translation>Déconnecté de %1&#xa0;: la clé consommateur est révoquée et oubliée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out of %1: the consumer key is revoked; remove it from %2 too</source>
        <translation>Déconnecté de %1&#xa0;: la clé consommateur est révoquée&#xa0;; supprimez-la aussi de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to import: %1 holds no application key for %2.</source>
        <translation>Rien à importer&#xa0;: %1 ne contient aucune clé d&apos;application pour %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ovh.conf</source>
        <translation>ovh.conf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain is not available: nothing was imported. The window keeps using %1 directly; or log in and keep the keys in an ovh.conf file (mode 0600).</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: rien n&apos;a été importé. La fenêtre continue d&apos;utiliser directement %1&#xa0;; vous pouvez aussi vous connecter et conserver les clés dans un fichier ovh.conf (mode 0600).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not import the account “%1”: %2</source>
        <translation>Impossible d&apos;importer le compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 into the account “%2” (secrets in the keychain).</source>
        <translation>%1 importé dans le compte «&#xa0;%2&#xa0;» (secrets dans le trousseau).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not export the account “%1” to %2: %3</source>
        <translation>Impossible d&apos;exporter le compte «&#xa0;%1&#xa0;» vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote the keys of %1 to %2 (readable only by you).</source>
        <translation>Clés de %1 écrites dans %2 (fichier lisible par vous seul).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not remove the account “%1”: %2</source>
        <translation>Impossible de supprimer le compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed the account “%1” from %2.</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé de %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logged in to %1 as “%2”.</source>
        <translation>Connecté à %1 en tant que «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Ovh::Auth</name>
    <message>
        <location filename="../core/auth/accessrules.cpp" line="+60"/>
        <source>a rule is &apos;METHOD /path&apos;, e.g. &apos;GET /me&apos; or &apos;POST /domain/*&apos;</source>
        <translation>une règle s&apos;écrit &apos;MÉTHODE /chemin&apos;, par exemple &apos;GET /me&apos; ou &apos;POST /domain/*&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown method &apos;%1&apos; (GET, POST, PUT or DELETE)</source>
        <translation>méthode &apos;%1&apos; inconnue (GET, POST, PUT ou DELETE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/auth/credentialrequest.cpp" line="+84"/>
        <source>a rule path starts with &apos;/&apos;: &apos;%1&apos;</source>
        <translation>le chemin d&apos;une règle commence par &apos;/&apos;&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/auth/accountstore.cpp" line="+43"/>
        <source>the keychain holds no secret for profile &apos;%1&apos; of %2</source>
        <translation>le trousseau ne contient aucun secret pour le profil &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no profile &apos;%1&apos; for %2</source>
        <translation>aucun profil &apos;%1&apos; pour %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keychain store</source>
        <translation>aucun trousseau disponible</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>profile &apos;%1&apos; (%2)</source>
        <translation>profil &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: no such file (profile &apos;%2&apos;)</source>
        <translation>%1&#xa0;: fichier introuvable (profil &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no secret in [%2] (profile &apos;%3&apos;)</source>
        <translation>%1 ne contient aucun secret dans [%2] (profil &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&apos;%1&apos; is not a valid profile name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de profil valide</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the keychain entries of profile &apos;%1&apos; could not be removed: no keychain store</source>
        <translation>les entrées du trousseau du profil &apos;%1&apos; n&apos;ont pas pu être supprimées&#xa0;: aucun trousseau disponible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the keychain entries of profile &apos;%1&apos; could not be removed: %2</source>
        <translation>les entrées du trousseau du profil &apos;%1&apos; n&apos;ont pas pu être supprimées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the keys of profile &apos;%1&apos; in %2 [%3] could not be removed: %4</source>
        <translation>les clés du profil &apos;%1&apos; dans %2 [%3] n&apos;ont pas pu être supprimées&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the OVH_* environment variables</source>
        <translation>l&apos;environnement (variables OVH_*)</translation>
    </message>
    <message>
        <location filename="../core/auth/credentialrequest.cpp" line="-53"/>
        <source>the server answered a validation URL that will not be opened: %1 (only https, or http on a loopback address, is opened)</source>
        <translation>le serveur a renvoyé une URL de validation qui ne sera pas ouverte&#xa0;: %1 (seules les URL https, ou http sur une adresse locale, sont ouvertes)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+93"/>
        <location line="+121"/>
        <source>no API client</source>
        <translation>aucun client API</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>no endpoint</source>
        <translation>aucun point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an application key and secret are needed to request a consumer key</source>
        <translation>une clé et un secret d&apos;application sont nécessaires pour demander une clé consommateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access rule: choose at least one right</source>
        <translation>aucune règle d&apos;accès&#xa0;: choisissez au moins un droit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown method in rule &apos;%1&apos;</source>
        <translation>méthode inconnue dans la règle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the consumer-key request failed: %1</source>
        <translation>la demande de clé consommateur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the consumer-key request answered without a consumer key or a validation URL</source>
        <translation>la demande de clé consommateur a répondu sans clé consommateur ni URL de validation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server answered a consumer key that cannot be used: %1</source>
        <translation>le serveur a renvoyé une clé consommateur inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the request was refused</source>
        <translation>la demande a été refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the consumer key expired before it could be used</source>
        <translation>la clé consommateur a expiré avant d&apos;avoir pu servir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>checking the consumer key failed: %1</source>
        <translation>la vérification de la clé consommateur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no validation within %1 s</source>
        <translation>aucune validation en %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not validated within %1 s (if you refused it on OVHcloud&apos;s page, that is why: the API does not tell a refused key from a pending one)</source>
        <translation>non validée en %1 s (si vous l&apos;avez refusée sur la page d&apos;OVHcloud, c&apos;est la raison&#xa0;: l&apos;API ne distingue pas une clé refusée d&apos;une clé en attente)</translation>
    </message>
    <message>
        <location filename="../core/auth/oauth2token.cpp" line="+58"/>
        <source>no token URL</source>
        <translation>aucune URL de jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: the token URL must be https</source>
        <translation>&apos;%1&apos;&#xa0;: l&apos;URL de jeton doit être en https</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: plain http would send the client secret in clear; only loopback addresses may use it</source>
        <translation>&apos;%1&apos;&#xa0;: en http simple, le secret client partirait en clair&#xa0;; seules les adresses locales peuvent l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: a token URL has no user or fragment</source>
        <translation>&apos;%1&apos;&#xa0;: une URL de jeton n&apos;a ni utilisateur ni fragment</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the token endpoint answered HTTP %1</source>
        <translation>le point d&apos;accès des jetons a répondu HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint answered HTTP %1: %2</source>
        <translation>le point d&apos;accès des jetons a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint&apos;s answer is not a JSON object</source>
        <translation>la réponse du point d&apos;accès des jetons n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token endpoint&apos;s answer has no access_token</source>
        <translation>la réponse du point d&apos;accès des jetons n&apos;a pas d&apos;access_token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token endpoint gave a token of type &apos;%1&apos;, not Bearer</source>
        <translation>le point d&apos;accès des jetons a donné un jeton de type &apos;%1&apos;, pas Bearer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint gave a token that cannot be sent in a header</source>
        <translation>le point d&apos;accès des jetons a donné un jeton qui ne peut pas être envoyé dans un en-tête</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the token endpoint gave an invalid expires_in</source>
        <translation>le point d&apos;accès des jetons a donné un expires_in invalide</translation>
    </message>
    <message>
        <location filename="../core/auth/oauth2tokens.cpp" line="+86"/>
        <source>%1 has no OAuth2 service accounts (ovh-eu, ovh-ca and ovh-us have); give the token URL</source>
        <translation>%1 n&apos;a pas de comptes de service OAuth2 (ovh-eu, ovh-ca et ovh-us en ont)&#xa0;; indiquez l&apos;URL de jeton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token URL: %1</source>
        <translation>URL de jeton&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no HTTP answer</source>
        <translation>aucune réponse HTTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot get an OAuth2 token from %1: %2</source>
        <translation>impossible d&apos;obtenir un jeton OAuth2 de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no OAuth2 token from %1: %2</source>
        <translation>aucun jeton OAuth2 de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/ovhconfig.cpp" line="+103"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>section [%1] appears twice; later keys win</source>
        <translation>la section [%1] apparaît deux fois&#xa0;; les dernières clés l&apos;emportent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text before any [section] header, ignored</source>
        <translation>texte avant tout en-tête [section], ignoré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a &apos;key = value&apos; line, ignored</source>
        <translation>ligne qui n&apos;est pas de la forme &apos;clé = valeur&apos;, ignorée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 set twice in [%2]; the last one wins</source>
        <translation>%1 défini deux fois dans [%2]&#xa0;; le dernier l&apos;emporte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read (%2), skipped</source>
        <translation>%1&#xa0;: lecture impossible (%2), ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: larger than %2 bytes, skipped</source>
        <translation>%1&#xa0;: plus de %2 octets, ignoré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its group and others</source>
        <translation>son groupe et les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its group</source>
        <translation>son groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds a secret and is readable by %2 (mode %3); make it private: chmod 600 %1</source>
        <translation>%1 contient un secret et est lisible par %2 (mode %3)&#xa0;; rendez-le privé&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>endpoint: %1 (%2)</source>
        <translation>point d&apos;accès&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: from %2</source>
        <translation>%1&#xa0;: depuis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not set</source>
        <translation>%1&#xa0;: non défini</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>&apos;%1&apos; cannot be an ovh.conf section name</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de section d&apos;ovh.conf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 contains a line break or surrounding spaces, which an ovh.conf file cannot hold</source>
        <translation>%1 contient un saut de ligne ou des espaces autour, qu&apos;un fichier ovh.conf ne peut pas contenir</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restrict the permissions to 0600</source>
        <translation>impossible de restreindre les permissions à 0600</translation>
    </message>
    <message>
        <location filename="../core/auth/secretstore.cpp" line="+79"/>
        <source>no such secret in the keychain</source>
        <translation>ce secret n&apos;est pas dans le trousseau</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>access to the keychain was denied: %1</source>
        <translation>l&apos;accès au trousseau a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>no keychain service available: %1</source>
        <translation>aucun service de trousseau disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain error: %1</source>
        <translation>erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no keychain service available: no answer within %1 s (is the keyring locked or is no Secret Service running?)</source>
        <translation>aucun service de trousseau disponible&#xa0;: pas de réponse en %1 s (le trousseau est-il verrouillé, ou aucun Secret Service ne tourne-t-il&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Ovh::Base</name>
    <message>
        <location filename="../core/base/credentials.cpp" line="+53"/>
        <source>a carriage return</source>
        <translation>un retour chariot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line feed</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a non-ASCII character</source>
        <translation>un caractère non ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains %1 (U+%2) at character %3; keys are printable ASCII without spaces</source>
        <translation>contient %1 (U+%2) au caractère %3&#xa0;; les clés sont en ASCII imprimable, sans espaces</translation>
    </message>
    <message>
        <location line="+69"/>
        <location filename="../core/call/callerror.cpp" line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (from %2): %3</source>
        <translation>%1 (depuis %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>missing %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <location filename="../core/base/endpoint.cpp" line="+134"/>
        <source>no endpoint given</source>
        <translation>aucun point d&apos;accès indiqué</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no %2 branch</source>
        <translation>%1 n&apos;a pas de branche %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown endpoint &apos;%1&apos; (known: %2, or a base URL such as https://eu.api.ovh.com/1.0)</source>
        <translation>point d&apos;accès &apos;%1&apos; inconnu (connus&#xa0;: %2, ou une URL de base comme https://eu.api.ovh.com/1.0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: only https URLs are supported</source>
        <translation>&apos;%1&apos;&#xa0;: seules les URL https sont prises en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: plain http is only allowed for loopback addresses; use https</source>
        <translation>&apos;%1&apos;&#xa0;: le http simple n&apos;est autorisé que pour les adresses de bouclage&#xa0;; utilisez https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: a base URL has no query, fragment or user</source>
        <translation>&apos;%1&apos;&#xa0;: une URL de base n&apos;a ni chaîne de requête, ni fragment, ni utilisateur</translation>
    </message>
    <message>
        <location filename="../core/base/jsontext.cpp" line="+82"/>
        <source>invalid JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid JSON: no value</source>
        <translation>JSON invalide&#xa0;: aucune valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON: more than one value</source>
        <translation>JSON invalide&#xa0;: plus d&apos;une valeur</translation>
    </message>
</context>
<context>
    <name>Ovh::Call</name>
    <message>
        <location filename="../core/call/callrequest.cpp" line="+90"/>
        <source>unknown parameter; did you mean &quot;%1&quot;?</source>
        <translation>paramètre inconnu&#xa0;; vouliez-vous dire &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole body (%1) as JSON</source>
        <translation>le corps entier (%1) en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown parameter; %1 takes none</source>
        <translation>paramètre inconnu&#xa0;; %1 n&apos;en prend aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parameter; it takes: %1</source>
        <translation>paramètre inconnu&#xa0;; paramètres acceptés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+133"/>
        <location line="+108"/>
        <location filename="../core/call/valueconversion.cpp" line="+120"/>
        <location line="+62"/>
        <location line="+139"/>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>&quot;%1&quot; cannot be a path segment</source>
        <translation>&quot;%1&quot; ne peut pas être un segment de chemin</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 takes no body</source>
        <translation>%1 ne prend pas de corps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give either the whole body or values for its parts, not both</source>
        <translation>donnez soit le corps entier, soit des valeurs pour ses parties, pas les deux</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+83"/>
        <source>expects a JSON object of the body parameters</source>
        <translation>attend un objet JSON contenant les paramètres du corps</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../core/call/valueconversion.cpp" line="-133"/>
        <location line="+120"/>
        <source>cannot be null</source>
        <translation>ne peut pas être null</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a value is required: the whole body as JSON (%1)</source>
        <translation>une valeur est obligatoire&#xa0;: le corps entier en JSON (%1)</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>a header needs a name</source>
        <translation>un en-tête doit avoir un nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be the name of a header</source>
        <translation>&quot;%1&quot; ne peut pas être le nom d&apos;un en-tête</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header %1 is set by the explorer itself</source>
        <translation>l&apos;en-tête %1 est défini par l&apos;explorateur lui-même</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a header value cannot hold line breaks or control characters</source>
        <translation>la valeur d&apos;un en-tête ne peut contenir ni saut de ligne ni caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../core/call/scalartext.cpp" line="+147"/>
        <source>is out of range for a 64-bit integer</source>
        <translation>dépasse les limites d&apos;un entier de 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an integer</source>
        <translation>n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a boolean (true or false)</source>
        <translation>n&apos;est pas un booléen (true ou false)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)</source>
        <translation>n&apos;est pas une date et heure (ISO 8601, p. ex. 2024-01-31T12:00:00Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a time (HH:MM or HH:MM:SS)</source>
        <translation>n&apos;est pas une heure (HH:MM ou HH:MM:SS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)</source>
        <translation>n&apos;est pas un UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not an IPv4 or IPv6 address</source>
        <translation>n&apos;est pas une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not an IP block (an address, or address/prefix such as 192.0.2.0/29)</source>
        <translation>n&apos;est pas un bloc IP (une adresse, ou adresse/préfixe comme 192.0.2.0/29)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not an IP interface (an address, or address/prefix such as 192.0.2.1/24)</source>
        <translation>n&apos;est pas une interface IP (une adresse, ou adresse/préfixe comme 192.0.2.1/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a MAC address (e.g. 00:11:22:33:44:55)</source>
        <translation>n&apos;est pas une adresse MAC (p. ex. 00:11:22:33:44:55)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a phone number</source>
        <translation>n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a single value</source>
        <translation>n&apos;est pas une valeur unique</translation>
    </message>
    <message>
        <location filename="../core/call/valueconversion.cpp" line="-270"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>appears twice in the same object; give each key once</source>
        <translation>apparaît deux fois dans le même objet&#xa0;; donnez chaque clé une seule fois</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>was given %n values but takes one</source>
        <translation>
            <numerusform>a reçu %n valeur mais n&apos;en prend qu&apos;une</numerusform>
            <numerusform>a reçu %n valeurs mais n&apos;en prend qu&apos;une</numerusform>
        </translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 is not an integer</source>
        <translation>%1 n&apos;est pas un entier</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>is read-only and cannot be sent</source>
        <translation>est en lecture seule et ne peut pas être envoyé</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+76"/>
        <source>expects %1, not %2</source>
        <translation>attend %1, pas %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>unknown property of %1; did you mean &quot;%2&quot;?</source>
        <translation>propriété inconnue de %1&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown property of %1; it takes: %2</source>
        <translation>propriété inconnue de %1&#xa0;; propriétés acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>a JSON object (%1)</source>
        <translation>un objet JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON array (%1)</source>
        <translation>un tableau JSON (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value of type %1</source>
        <translation>une valeur de type %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expects %1: %2</source>
        <translation>attend %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a value of %2; did you mean &quot;%3&quot;?</source>
        <translation>%1 n&apos;est pas une valeur de %2&#xa0;; vouliez-vous dire &quot;%3&quot;&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n autre)</numerusform>
            <numerusform>… (%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie des valeurs&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ovh::CallStatusBadge</name>
    <message>
        <location filename="../ui/look/badges.cpp" line="+28"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too-large</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing-credentials</source>
        <translation>sans clés</translation>
    </message>
</context>
<context>
    <name>Ovh::ConfirmCallDialog</name>
    <message>
        <location filename="../ui/operation/confirmcalldialog.cpp" line="+19"/>
        <source>&amp;Don&apos;t ask again for %1</source>
        <translation>Ne plus &amp;demander pour %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send this %1?</source>
        <translation>Envoyer cet appel %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 goes to &lt;b&gt;%2&lt;/b&gt;, a real OVHcloud API: it may change or delete things on the account.</source>
        <translation>Cet appel %1 part vers &lt;b&gt;%2&lt;/b&gt;, une véritable API OVHcloud&#xa0;: il peut modifier ou supprimer des éléments du compte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send %1</source>
        <translation>&amp;Envoyer %1</translation>
    </message>
</context>
<context>
    <name>Ovh::CreateApplicationPage</name>
    <message>
        <location filename="../ui/login/createapplicationpage.cpp" line="+28"/>
        <source>To call the API, you need an application (an application key and secret) and a consumer key that says what the application may do on your account. On a real endpoint, OVHcloud&apos;s pages create them after you log in.</source>
        <translation>Pour appeler l&apos;API, il vous faut une application (une clé d&apos;application et un secret d&apos;application) et une clé consommateur qui indique ce que l&apos;application peut faire sur votre compte. Sur un vrai point d&apos;accès, les pages d&apos;OVHcloud les créent une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To call the API, you need an application (an application key and secret) and a consumer key that says what the application may do on your account. OVHcloud&apos;s page creates them after you log in: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Pour appeler l&apos;API, il vous faut une application (une clé d&apos;application et un secret d&apos;application) et une clé consommateur qui indique ce que l&apos;application peut faire sur votre compte. La page d&apos;OVHcloud les crée une fois que vous êtes connecté&#xa0;: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create an &amp;application</source>
        <translation>Créer une &amp;application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens %1 in the browser; then request access here</source>
        <translation>Ouvre %1 dans le navigateur&#xa0;; demandez ensuite un accès ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>then come back and use “Request access”.</source>
        <translation>puis revenez et utilisez «&#xa0;Demander un accès&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create application and &amp;key with these rights</source>
        <translation>Créer l&apos;application et la &amp;clé avec ces droits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have my ke&amp;ys</source>
        <translation>J&apos;ai &amp;mes clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the keys the page gave you</source>
        <translation>Saisissez les clés que la page vous a données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox has no pages to create an application, so these buttons are disabled: its demo application key and secret are already filled in on “I have keys” and “Request access”.</source>
        <translation>Le bac à sable n&apos;a pas de pages pour créer une application, ces boutons sont donc désactivés&#xa0;: sa clé d&apos;application et son secret de démo sont déjà renseignés dans «&#xa0;J&apos;ai des clés&#xa0;» et «&#xa0;Demander un accès&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not on the sandbox: its demo keys are already filled in</source>
        <translation>Pas sur le bac à sable&#xa0;: ses clés de démo sont déjà renseignées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or create the application and its consumer key in one go, with these rights:</source>
        <translation>Ou créez l&apos;application et sa clé consommateur en une fois, avec ces droits&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ovh::CredentialDialog</name>
    <message>
        <location filename="../ui/login/credentialdialog.cpp" line="+41"/>
        <source>Current credential on %1</source>
        <translation>Clé consommateur actuelle sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consumer key in use on &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>La clé consommateur utilisée sur &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consumer key of profile &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>La clé consommateur du profil &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed IPs:</source>
        <translation>IP autorisées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights:</source>
        <translation>&amp;Droits&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request &amp;new rights…</source>
        <translation>Demander de &amp;nouveaux droits…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in again with other rights (a new consumer key)</source>
        <translation>Se reconnecter avec d&apos;autres droits (une nouvelle clé consommateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expire this consumer key now and forget it</source>
        <translation>Faire expirer cette clé consommateur maintenant et l&apos;oublier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for validation</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>(query ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <comment>date</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>not set yet</source>
        <translation>pas encore définie</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown</source>
        <comment>status</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>asking %1…</source>
        <translation>interrogation de %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No complete keys to ask about: log in first.</source>
        <translation>Pas de clés complètes à vérifier&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This application key is not known to %1.</source>
        <translation>Cette clé d&apos;application est inconnue de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consumer key is not valid (expired, revoked or never validated): request a new one.</source>
        <translation>Cette clé consommateur n&apos;est pas valide (expirée, révoquée ou jamais validée)&#xa0;: demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application secret does not match the application key.</source>
        <translation>Le secret d&apos;application ne correspond pas à la clé d&apos;application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered: %2</source>
        <translation>%1 a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key has expired: calls are refused. Log in again to get a new one.</source>
        <translation>Cette clé a expiré&#xa0;: les appels sont refusés. Reconnectez-vous pour en obtenir une nouvelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key expires %1: log in again before then to keep working.</source>
        <translation>Cette clé expire %1&#xa0;: reconnectez-vous d&apos;ici là pour continuer à travailler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key grants more than usually needed: with %1 it can change or delete anything on the account. If you only read, or work on a few services, request new rights limited to them.</source>
        <translation>Cette clé accorde plus que ce qui est habituellement nécessaire&#xa0;: avec %1, elle peut modifier ou supprimer n&apos;importe quoi sur le compte. Si vous ne faites que lire, ou ne travaillez que sur quelques services, demandez de nouveaux droits limités à ceux-ci.</translation>
    </message>
</context>
<context>
    <name>Ovh::CustomEndpointBar</name>
    <message>
        <location filename="../ui/window/customendpointbar.cpp" line="+16"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom endpoint URL</source>
        <translation>URL de point d&apos;accès personnalisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL de base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not a usable endpoint: %1</source>
        <translation>Point d&apos;accès inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ovh::DiagnosticsDialog</name>
    <message>
        <location filename="../ui/window/diagnosticsdialog.cpp" line="+16"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Schema diagnostics — %1</source>
        <translation>Diagnostics du schéma — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
</context>
<context>
    <name>Ovh::DiffDialog</name>
    <message>
        <location filename="../ui/results/diffdialog.cpp" line="+76"/>
        <source>Compare Results</source>
        <translation>Comparer les résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The two answers are the same.</source>
        <translation>Les deux réponses sont identiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>Ajouts&#xa0;: %1, suppressions&#xa0;: %2, modifications&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Ovh::DiffModel</name>
    <message>
        <location filename="../ui/results/diffmodel.cpp" line="+56"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the whole answer)</source>
        <translation>(toute la réponse)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Ovh::DiffPicker</name>
    <message>
        <location filename="../ui/results/diffpicker.cpp" line="+33"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compare this answer with an earlier answer of the same operation from the history</source>
        <translation>Comparer cette réponse à une réponse antérieure de la même opération, tirée de l&apos;historique</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No earlier answer of this operation in the history</source>
        <translation>Aucune réponse antérieure de cette opération dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history kept only the start of that answer: nothing to compare</source>
        <translation>L&apos;historique n&apos;a gardé que le début de cette réponse&#xa0;: rien à comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That answer is not JSON: nothing to compare</source>
        <translation>Cette réponse n&apos;est pas du JSON&#xa0;: rien à comparer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This answer</source>
        <translation>Cette réponse</translation>
    </message>
</context>
<context>
    <name>Ovh::EndpointSelector</name>
    <message>
        <location filename="../ui/window/endpointselector.cpp" line="+18"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which API to explore</source>
        <translation>L&apos;API à explorer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sandbox (demo)</source>
        <translation>Bac à sable (démo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A local copy of the API with demo keys: try every call without an account</source>
        <translation>Une copie locale de l&apos;API avec des clés de démo&#xa0;: essayez tous les appels sans compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL…</source>
        <translation>URL personnalisée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Endpoint:</source>
        <translation>P&amp;oint d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>API v1 (/1.0): every product</source>
        <translation>API v1 (/1.0)&#xa0;: tous les produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API v2 (OpenAPI): IAM, Public Cloud, vRack Services, VMware Cloud Director…</source>
        <translation>API v2 (OpenAPI)&#xa0;: IAM, Public Cloud, vRack Services, VMware Cloud Director…</translation>
    </message>
</context>
<context>
    <name>Ovh::FetchAll</name>
    <message>
        <location filename="../core/session/fetchall.cpp" line="+123"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(still refused after %n retries)</source>
        <translation>
            <numerusform>(toujours refusé après %n nouvel essai)</numerusform>
            <numerusform>(toujours refusé après %n nouveaux essais)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not JSON</source>
        <translation>la réponse n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not fetched: cancelled</source>
        <translation>non récupéré&#xa0;: annulé</translation>
    </message>
    <message>
        <location filename="../core/session/fetchallplan.cpp" line="+55"/>
        <source>%1 %2 has no detail operation to fetch its ids with</source>
        <translation>%1 %2 n&apos;a pas d&apos;opération de détail pour récupérer ses identifiants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a list of ids</source>
        <translation>la réponse n&apos;est pas une liste d&apos;identifiants</translation>
    </message>
</context>
<context>
    <name>Ovh::FetchAllBar</name>
    <message>
        <location filename="../ui/results/fetchallbar.cpp" line="+22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Each id has a detail: fetch them all into a table.</source>
        <translation>Chaque id a un détail&#xa0;: récupérez-les tous dans un tableau.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetch all (%1)</source>
        <translation>Tout récupérer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Fetching %Ln detail(s)…</source>
        <translation>
            <numerusform>Récupération de %Ln détail…</numerusform>
            <numerusform>Récupération de %Ln détails…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2, %3/s</source>
        <translation>%1 sur %2, %3/s</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting: the API asked to slow down (429)</source>
        <translation>en attente&#xa0;: l&apos;API a demandé de ralentir (429)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2: the API asks to slow down (429), waiting %3 s</source>
        <translation>%1 sur %2&#xa0;: l&apos;API demande de ralentir (429), attente de %3 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled: %1 of %2 fetched in %3 s</source>
        <translation>Annulé&#xa0;: %1 sur %2 récupérés en %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched %1 of %2 in %3 s</source>
        <translation>%1 sur %2 récupérés en %3 s</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed (see the table)</source>
        <translation>
            <numerusform>%n en échec (voir le tableau)</numerusform>
            <numerusform>%n en échec (voir le tableau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n retried after 429</source>
        <translation>
            <numerusform>%n relancé après 429</numerusform>
            <numerusform>%n relancés après 429</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ovh::FieldEditor</name>
    <message>
        <location filename="../ui/operation/containereditors.cpp" line="+123"/>
        <source>+ Add %1</source>
        <translation>+ Ajouter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Remove this element</source>
        <translation>Retirer cet élément</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ Add entry</source>
        <translation>+ Ajouter une entrée</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this entry</source>
        <translation>Retirer cette entrée</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No property can be set.</source>
        <translation>Aucune propriété ne peut être définie.</translation>
    </message>
    <message>
        <location filename="../ui/operation/fieldeditor.cpp" line="+116"/>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/operation/scalareditors.cpp" line="+204"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+20"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in a date and time</source>
        <translation>Indiquez une date et une heure</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Ovh::FieldRows</name>
    <message>
        <location filename="../ui/operation/fieldrows.cpp" line="+107"/>
        <source>%1 (required, type %2)</source>
        <translation>%1 (obligatoire, type %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional, type %2)</source>
        <translation>%1 (facultatif, type %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2, required</source>
        <translation>%1, %2, obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2, optional</source>
        <translation>%1, %2, facultatif</translation>
    </message>
</context>
<context>
    <name>Ovh::FindBar</name>
    <message>
        <location filename="../ui/operation/findbar.cpp" line="+86"/>
        <source>Find in the body</source>
        <translation>Rechercher dans le corps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (%1)</source>
        <translation>Occurrence précédente (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (%1)</source>
        <translation>Occurrence suivante (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>Ovh::FirstStartHint</name>
    <message>
        <location filename="../ui/window/firststarthint.cpp" line="+21"/>
        <source>New here? Try any call on the Sandbox, a local copy of the API with demo data, no account needed. To call your own services, log in: the explorer gets the keys for you.</source>
        <translation>Première visite&#xa0;? Essayez n&apos;importe quel appel sur le bac à sable, une copie locale de l&apos;API avec des données de démonstration, sans compte. Pour appeler vos propres services, connectez-vous&#xa0;: l&apos;explorateur obtient les clés pour vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;Sandbox</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log In…</source>
        <translation>Se connec&amp;ter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not show this again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Ovh::HaveKeysPage</name>
    <message>
        <location filename="../ui/login/havekeyspage.cpp" line="+24"/>
        <source>Ch&amp;eck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask %1 what these keys may do</source>
        <translation>Demander à %1 ce que ces clés permettent de faire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application &amp;key:</source>
        <translation>Clé d&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application secre&amp;t:</source>
        <translation>&amp;Secret d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consumer key:</source>
        <translation>Clé &amp;consommateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the keys of an application and a consumer key you already have (from ovh.conf, or from the page that creates them). They are checked with %1 before they are saved.</source>
        <translation>Saisissez les clés d&apos;une application et une clé consommateur que vous avez déjà (dans ovh.conf, ou sur la page qui les crée). Elles sont vérifiées auprès de %1 avant d&apos;être enregistrées.</translation>
    </message>
</context>
<context>
    <name>Ovh::HistoryDock</name>
    <message>
        <location filename="../ui/history/historydock.cpp" line="+10"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
</context>
<context>
    <name>Ovh::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="+21"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Ovh::HistoryPanel</name>
    <message>
        <location filename="../ui/history/historypanel.cpp" line="+35"/>
        <source>Filter the history</source>
        <translation>Filtrer l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: path, values, bodies…</source>
        <translation>Filtrer&#xa0;: chemin, valeurs, corps…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear History…</source>
        <translation>&amp;Vider l&apos;historique…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This call is no longer in the history.</source>
        <translation>Cet appel n&apos;est plus dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Clear History</source>
        <translation>Vider l&apos;historique</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Forget every call in the history? The window and ovh-explorer-cli share it; this cannot be undone.</source>
        <translation>Oublier tous les appels de l&apos;historique&#xa0;? La fenêtre et ovh-explorer-cli le partagent&#xa0;; c&apos;est irréversible.</translation>
    </message>
</context>
<context>
    <name>Ovh::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="+155"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Ovh::LanguageRestartOffer</name>
    <message>
        <location filename="../ui/window/languagerestartoffer.cpp" line="+15"/>
        <source>Restart to show the window in %1: your tabs, their values and the layout come back.</source>
        <translation>Redémarrez pour afficher la fenêtre en %1&#xa0;: vos onglets, leurs valeurs et la disposition reviennent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window shows %1 from its next start.</source>
        <translation>La fenêtre s&apos;affichera en %1 au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window restarts in %1 once the calls running have ended.</source>
        <translation>La fenêtre redémarrera en %1 une fois les appels en cours terminés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>Ovh::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+58"/>
        <source>Log in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the local sandbox: nothing here touches a real account. It accepts its demo keys (filled in below), and the consumer keys it issues are validated on its own page.</source>
        <translation>Ceci est le bac à sable local&#xa0;: rien ici ne touche un vrai compte. Il accepte ses clés de démo (remplies ci-dessous), et les clés consommateur qu&apos;il émet sont validées sur sa propre page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ways to log in</source>
        <translation>Façons de se connecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I &amp;have keys</source>
        <translation>&amp;J&apos;ai des clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice account</source>
        <translation>Compte de se&amp;rvice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request access</source>
        <translation>Demander &amp;un accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an a&amp;pplication</source>
        <translation>Cré&amp;er une application</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the keys with %1, then keep them</source>
        <translation>Vérifier les clés auprès de %1, puis les conserver</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Saving the keys: wait a moment</source>
        <translation>Enregistrement des clés&#xa0;: patientez un instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+146"/>
        <source>Enter the application key and secret.</source>
        <translation>Saisissez la clé et le secret d&apos;application.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Enter the application key, the application secret and the consumer key.</source>
        <translation>Saisissez la clé d&apos;application, le secret d&apos;application et la clé consommateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking with %1…</source>
        <translation>Vérification auprès de %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status: %1
Expires: %2
Rights: %3</source>
        <translation>Statut&#xa0;: %1
Expiration&#xa0;: %2
Droits&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This consumer key has not been validated yet: open its validation link first, or request a new one.</source>
        <translation>Cette clé consommateur n&apos;a pas encore été validée&#xa0;: ouvrez d&apos;abord son lien de validation, ou demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This consumer key is not valid (expired, revoked or never validated): request a new one.</source>
        <translation>Cette clé consommateur n&apos;est pas valide (expirée, révoquée ou jamais validée)&#xa0;: demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These keys work with %1.</source>
        <translation>Ces clés fonctionnent avec %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+189"/>
        <source>Not valid: nothing was saved.</source>
        <translation>Non valides&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checked just now: not validated yet.</source>
        <translation>Vérifiée à l&apos;instant&#xa0;: pas encore validée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checked %n second(s) ago: not validated yet.</source>
        <translation>
            <numerusform>Vérifiée il y a %n seconde&#xa0;: pas encore validée.</numerusform>
            <numerusform>Vérifiée il y a %n secondes&#xa0;: pas encore validée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Validated. Saving…</source>
        <translation>Validée. Enregistrement…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request was refused on OVHcloud&apos;s page. Nothing was saved.</source>
        <translation>La demande a été refusée sur la page d&apos;OVHcloud. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consumer key expired before it could be used. Nothing was saved: request access again.</source>
        <translation>La clé consommateur a expiré avant d&apos;avoir pu servir. Rien n&apos;a été enregistré&#xa0;: demandez à nouveau l&apos;accès.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No validation came within %n minute(s). Nothing was saved: request access again when ready.</source>
        <translation>
            <numerusform>Aucune validation n&apos;est arrivée en %n minute. Rien n&apos;a été enregistré&#xa0;: demandez à nouveau l&apos;accès quand vous serez prêt.</numerusform>
            <numerusform>Aucune validation n&apos;est arrivée en %n minutes. Rien n&apos;a été enregistré&#xa0;: demandez à nouveau l&apos;accès quand vous serez prêt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you refused the request on OVHcloud&apos;s page, that is why.</source>
        <translation>Si vous avez refusé la demande sur la page d&apos;OVHcloud, c&apos;est la raison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request cancelled. Nothing was saved.</source>
        <translation>Demande annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This application key is not known to %1.</source>
        <translation>Cette clé d&apos;application est inconnue de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request failed: %1</source>
        <translation>La demande a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(query ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the client ID and the client secret.</source>
        <translation>Saisissez l&apos;ID client et le secret client.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking for a token…</source>
        <translation>Demande d&apos;un jeton…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A token was issued: the service account works.</source>
        <translation>Un jeton a été émis&#xa0;: le compte de service fonctionne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This service account works with %1.</source>
        <translation>Ce compte de service fonctionne avec %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to save the account in.</source>
        <translation>Aucun endroit où enregistrer le compte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The keys work, but the keychain is not available: choose the ovh.conf file and press Save.</source>
        <translation>Les clés fonctionnent, mais le trousseau n&apos;est pas disponible&#xa0;: choisissez le fichier ovh.conf et cliquez sur «&#xa0;Enregistrer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keys work, but could not be saved: %1</source>
        <translation>Les clés fonctionnent, mais n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/login/loginwidgets.cpp" line="+37"/>
        <location line="+6"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Ovh::LoginStorage</name>
    <message>
        <location filename="../ui/login/loginstorage.cpp" line="+36"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name for these keys, to switch between accounts</source>
        <translation>Un nom pour ces clés, pour passer d&apos;un compte à l&apos;autre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system keychai&amp;n</source>
        <translation>le &amp;trousseau du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ovh.conf file readable only by &amp;me (mode 0600):</source>
        <translation>un fic&amp;hier ovh.conf lisible par moi seul (mode 0600)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ovh.conf file</source>
        <translation>fichier ovh.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the secrets in:</source>
        <translation>Garder les secrets dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the secrets in</source>
        <translation>Garder les secrets dans</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no keychain service</source>
        <translation>aucun service de trousseau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No system keychain is available here</source>
        <translation>Aucun trousseau système n&apos;est disponible ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. To save the keys, choose the ovh.conf file below (only you can read it), or set up a keychain (Secret Service, KWallet) and log in again.</source>
        <translation>. Pour enregistrer les clés, choisissez le fichier ovh.conf ci-dessous (vous seul pouvez le lire), ou installez un trousseau (Secret Service, KWallet) et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the profile a name (up to 64 characters, no &apos;/&apos;).</source>
        <translation>Donnez un nom au profil (64 caractères au plus, sans &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the ovh.conf file to keep the secrets in.</source>
        <translation>Choisissez le fichier ovh.conf où garder les secrets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to keep the secrets.</source>
        <translation>Choisissez où garder les secrets.</translation>
    </message>
</context>
<context>
    <name>Ovh::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+93"/>
        <source>OVH API Explorer</source>
        <translation>OVH API Explorer</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the schema of this endpoint (F5)</source>
        <translation>Recharger le schéma de ce point d&apos;accès (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search Operations</source>
        <translation>&amp;Rechercher des opérations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Custom Endpoint URL…</source>
        <translation>&amp;URL de point d&apos;accès personnalisée…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OVH API Explorer</source>
        <translation>À &amp;propos d&apos;OVH API Explorer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — OVH API Explorer</source>
        <translation>%1 — OVH API Explorer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sandbox is not available in this build.</source>
        <translation>Le bac à sable n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start the sandbox: %1</source>
        <translation>Impossible de démarrer le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the schema of %1 again. %2</source>
        <translation>Impossible de recharger le schéma de %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no schema for %1, so nothing can be sent to it: Retry (F5) loads it again.
%2</source>
        <translation>Il n&apos;y a pas de schéma pour %1, rien ne peut donc lui être envoyé&#xa0;: Réessayer (F5) le recharge.
%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some products of %1 could not be loaded (%2); see the diagnostics.</source>
        <translation>Certains produits de %1 n&apos;ont pas pu être chargés (%2)&#xa0;; voir les diagnostics.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not in the schema of %2.</source>
        <translation>%1 n&apos;est pas dans le schéma de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded on %1; Execute sends to %2.</source>
        <translation>Enregistré sur %1&#xa0;; Exécuter envoie à %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The saved request “%1” needs %2, which is not in the loaded schema of %3.</source>
        <translation>La requête enregistrée «&#xa0;%1&#xa0;» a besoin de %2, qui n&apos;est pas dans le schéma chargé de %3.</translation>
    </message>
</context>
<context>
    <name>Ovh::NavigatorPanel</name>
    <message>
        <location filename="../ui/window/navigatorpanel.cpp" line="+37"/>
        <source>Search operations</source>
        <translation>Rechercher des opérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search operations (Ctrl+K)</source>
        <translation>Rechercher des opérations (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words of a path, a description or a parameter name.
%1 opens the first match, %2 opens it in a new tab, %3 moves into the list, %4 clears.</source>
        <translation>Tapez des mots d&apos;un chemin, d&apos;une description ou d&apos;un nom de paramètre.
%1 ouvre le premier résultat, %2 l&apos;ouvre dans un nouvel onglet, %3 passe dans la liste, %4 efface.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Products and operations</source>
        <translation>Produits et opérations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the operations of %1…</source>
        <translation>Chargement des opérations de %1…</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Indexing the operations…</source>
        <translation>Indexation des opérations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches so far: %1, indexing…</source>
        <translation>Résultats pour l&apos;instant&#xa0;: %1, indexation en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No operation matches</source>
        <translation>Aucune opération ne correspond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ovh::Net</name>
    <message>
        <location filename="../core/net/apiclient.cpp" line="+36"/>
        <source>no application key: even unauthenticated calls need one</source>
        <translation>aucune clé d&apos;application&#xa0;: même un appel sans authentification en demande une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application_key: %1</source>
        <translation>application_key&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>deadline reached before the call was sent</source>
        <translation>délai dépassé avant l&apos;envoi de l&apos;appel</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>not an HTTP answer</source>
        <translation>pas une réponse HTTP</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> (a new OAuth2 token was refused too: check the service account and its rights)</source>
        <translation> (un nouveau jeton OAuth2 a aussi été refusé&#xa0;: vérifiez le compte de service et ses droits)</translation>
    </message>
    <message>
        <location filename="../core/net/boundedreply.cpp" line="+55"/>
        <source>Qt error %1</source>
        <translation>erreur Qt %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>answer too large: %1 bytes announced, the limit is %2</source>
        <translation>réponse trop volumineuse&#xa0;: %1 octets annoncés, la limite est de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>no complete answer within %1 ms (%n bytes received)</source>
        <translation>
            <numerusform>pas de réponse complète en %1 ms (%n octet reçu)</numerusform>
            <numerusform>pas de réponse complète en %1 ms (%n octets reçus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>answer too large: more than %1 bytes</source>
        <translation>réponse trop volumineuse&#xa0;: plus de %1 octets</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redirect to %1 refused: it leaves %2</source>
        <translation>redirection vers %1 refusée&#xa0;: elle sort de %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>answer undecodable after HTTP %1: the body is not valid &apos;%2&apos; data, as its Content-Encoding header says (%3)</source>
        <translation>réponse impossible à décoder après HTTP %1&#xa0;: le corps n&apos;est pas du &apos;%2&apos; valide, contrairement à ce qu&apos;annonce son en-tête Content-Encoding (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>answer cut short after HTTP %1 (%n bytes received): %2</source>
        <translation>
            <numerusform>réponse interrompue après HTTP %1 (%n octet reçu)&#xa0;: %2</numerusform>
            <numerusform>réponse interrompue après HTTP %1 (%n octets reçus)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>answer cut short after HTTP %1: %2 of %3 bytes received</source>
        <translation>réponse interrompue après HTTP %1&#xa0;: %2 octets reçus sur %3</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>answer cut short after HTTP %1: the %n bytes received are not complete JSON, and no length was announced</source>
        <translation>
            <numerusform>réponse interrompue après HTTP %1&#xa0;: %n octet reçu, qui ne forme pas un JSON complet, et aucune longueur annoncée</numerusform>
            <numerusform>réponse interrompue après HTTP %1&#xa0;: %n octets reçus, qui ne forment pas un JSON complet, et aucune longueur annoncée</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/schemacache.cpp" line="+31"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>refusing to cache &apos;%1&apos; outside %2</source>
        <translation>refus de mettre &apos;%1&apos; en cache hors de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/net/schemafetch.cpp" line="+33"/>
        <source>timeout: the load&apos;s deadline passed</source>
        <translation>délai dépassé&#xa0;: l&apos;échéance du chargement est passée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not fetched: the load was stopped or reached its deadline</source>
        <translation>non récupéré&#xa0;: le chargement a été arrêté ou a atteint son échéance</translation>
    </message>
    <message>
        <location filename="../core/net/schemarepository.cpp" line="+57"/>
        <source>the index gives no usable schema location</source>
        <translation>l&apos;index ne donne aucun emplacement de schéma utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema location &apos;%1&apos; refused: %2</source>
        <translation>emplacement de schéma &apos;%1&apos; refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another origin than %1</source>
        <translation>une autre origine que %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the base path %1</source>
        <translation>hors du chemin de base %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a path below the base URL</source>
        <translation>pas un chemin sous l&apos;URL de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a query or fragment</source>
        <translation>une chaîne de requête ou un fragment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a backslash</source>
        <translation>une barre oblique inverse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character</source>
        <translation>un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a dot segment leaves the base path</source>
        <translation>un segment . ou .. sort du chemin de base</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>no network access</source>
        <translation>pas d&apos;accès au réseau</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unreadable index from the server: %1</source>
        <translation>index illisible reçu du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HTTP 304 Not Modified to an unconditional request</source>
        <translation>HTTP 304 Not Modified en réponse à une requête non conditionnelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2; using %3</source>
        <translation>%1&#xa0;: %2&#xa0;; utilisation de %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the cached copy from %1</source>
        <translation>la copie en cache (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cached index is unreadable (%1)</source>
        <translation>l&apos;index en cache est illisible (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing cached in %1</source>
        <translation>rien en cache dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bundled snapshot</source>
        <translation>l&apos;instantané intégré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no bundled snapshot for this endpoint</source>
        <translation>pas d&apos;instantané intégré pour ce point d&apos;accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no schema available for %1: %2; %3</source>
        <translation>aucun schéma disponible pour %1&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>the index lists %1 products, over the cap of %2 per load; the other %n are not loaded</source>
        <translation>
            <numerusform>l&apos;index liste %1 produits, au-delà du plafond de %2 par chargement&#xa0;; %n autre n&apos;est pas chargé</numerusform>
            <numerusform>l&apos;index liste %1 produits, au-delà du plafond de %2 par chargement&#xa0;; les %n autres ne sont pas chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>cache not updated (%n files): %1</source>
        <translation>
            <numerusform>cache non mis à jour (%n fichier)&#xa0;: %1</numerusform>
            <numerusform>cache non mis à jour (%n fichiers)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>download cap of %1 bytes per load reached; %n products not loaded: %2</source>
        <translation>
            <numerusform>plafond de téléchargement de %1 octets par chargement atteint&#xa0;; %n produit non chargé&#xa0;: %2</numerusform>
            <numerusform>plafond de téléchargement de %1 octets par chargement atteint&#xa0;; %n produits non chargés&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/net/schemasources.cpp" line="+37"/>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the cached copy changed on disk since it was downloaded (SHA-256 mismatch)</source>
        <translation>la copie en cache a changé sur le disque depuis son téléchargement (SHA-256 différent)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1; downloading it again</source>
        <translation>%1&#xa0;; nouveau téléchargement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unreadable schema from the server: %1</source>
        <translation>schéma illisible reçu du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HTTP 304 Not Modified, but the cached copy is unusable</source>
        <translation>HTTP 304 Not Modified, mais la copie en cache est inutilisable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; using the cached copy from %2</source>
        <translation>%1&#xa0;; utilisation de la copie en cache (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cached copy unreadable: %1</source>
        <translation>copie en cache illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; using the bundled snapshot</source>
        <translation>%1&#xa0;; utilisation de l&apos;instantané intégré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in the cache nor in the bundled snapshot</source>
        <translation>ni dans le cache ni dans l&apos;instantané intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; no cached or bundled copy</source>
        <translation>%1&#xa0;; aucune copie en cache ni intégrée</translation>
    </message>
    <message>
        <location filename="../core/net/serverclock.cpp" line="+119"/>
        <source>%1: not an HTTP answer</source>
        <translation>%1&#xa0;: pas une réponse HTTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: answer too long for a Unix time (more than %2 bytes)</source>
        <translation>%1&#xa0;: réponse trop longue pour un horodatage Unix (plus de %2 octets)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a Unix time in seconds, got &apos;%2&apos;</source>
        <translation>%1&#xa0;: horodatage Unix en secondes attendu, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/session/allpages.cpp" line="+41"/>
        <source>another call is running; the pages stopped</source>
        <translation>un autre appel est en cours&#xa0;; récupération des pages arrêtée</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page %1 failed: %2</source>
        <translation>échec de la page %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page %1 is not a JSON array: the pages cannot be joined</source>
        <translation>la page %1 n&apos;est pas un tableau JSON&#xa0;: les pages ne peuvent pas être réunies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server gave the cursor of an earlier page again; stopped after %1 pages</source>
        <translation>le serveur a redonné le curseur d&apos;une page précédente&#xa0;; arrêt après %1 pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped after %1 pages (%2 items): more remain</source>
        <translation>arrêt après %1 pages (%2 éléments)&#xa0;: il en reste d&apos;autres</translation>
    </message>
</context>
<context>
    <name>Ovh::ObjectTableModel</name>
    <message>
        <location filename="../ui/results/objecttablemodel.cpp" line="+102"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Ovh::ObjectTableView</name>
    <message>
        <location filename="../ui/results/objecttableview.cpp" line="+29"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the rows and columns shown as CSV</source>
        <translation>Enregistrer les lignes et colonnes affichées en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the objects of the rows shown as a JSON array</source>
        <translation>Enregistrer les objets des lignes affichées sous forme de tableau JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result table</source>
        <translation>Tableau du résultat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to sort, drag to move; right-click to hide or show columns</source>
        <translation>Cliquez pour trier, faites glisser pour déplacer&#xa0;; clic droit pour masquer ou afficher des colonnes</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the Table as JSON</source>
        <translation>Exporter le tableau en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ovh::OperationFacts</name>
    <message>
        <location filename="../ui/operation/operationsummary.cpp" line="+95"/>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns:</source>
        <translation>Renvoie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM actions:</source>
        <translation>Actions IAM&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About this operation</source>
        <translation>À propos de cette opération</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(deprecated since %1)</source>
        <translation>(obsolète depuis le %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removal planned on %1.</source>
        <translation>Suppression prévue le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by %1</source>
        <translation>Remplacée par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not needed (public call)</source>
        <translation>Non nécessaire (appel public)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This call works without keys.</source>
        <translation>Cet appel fonctionne sans clés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call is signed with your application key, application secret and consumer key.</source>
        <translation>L&apos;appel est signé avec votre clé d&apos;application, votre secret d&apos;application et votre clé consommateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (optional)</source>
        <translation>%1 (facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none declared</source>
        <translation>aucune déclarée</translation>
    </message>
</context>
<context>
    <name>Ovh::OperationTabs</name>
    <message>
        <location filename="../ui/window/operationtabs.cpp" line="+136"/>
        <source>Open operations</source>
        <translation>Opérations ouvertes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open in New &amp;Tab</source>
        <translation>Ouvrir dans un nouvel &amp;onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current operation and its values in a new tab</source>
        <translation>L&apos;opération actuelle et ses valeurs dans un nouvel onglet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>New Tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an operation in the tree</source>
        <translation>Choisissez une opération dans l&apos;arbre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not in the schema of %2)</source>
        <translation>%1 (absente du schéma de %2)</translation>
    </message>
</context>
<context>
    <name>Ovh::OperationView</name>
    <message>
        <location filename="../ui/operation/operationview.cpp" line="+67"/>
        <source>&amp;Execute</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Call</source>
        <translation>&amp;Annuler l&apos;appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick an operation in the tree, or press Ctrl+K and type a few words such as “zone record”.</source>
        <translation>Choisissez une opération dans l&apos;arbre, ou appuyez sur Ctrl+K et tapez quelques mots comme «&#xa0;zone record&#xa0;».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gage&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>More code</source>
        <translation>Autres langages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call in %1</source>
        <translation>L&apos;appel en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refere&amp;nce</source>
        <translation>Référe&amp;nce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tab</source>
        <translation>Onglet %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call (%1)</source>
        <translation>Envoyer l&apos;appel (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for the answer</source>
        <translation>Ne plus attendre la réponse</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No parameters</source>
        <translation>Aucun paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters (%1) — * required</source>
        <translation>Paramètres (%1) — * obligatoire</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (or %2)</source>
        <translation>%1 (ou %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not logged in to %1: this account has no consumer key. Log in to request one, or choose “Sandbox demo keys” in the account menu.</source>
        <translation>Non connecté à %1&#xa0;: ce compte n&apos;a pas de clé consommateur. Connectez-vous pour en demander une, ou choisissez «&#xa0;Clés de démo du bac à sable&#xa0;» dans le menu Compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not logged in to %1: there is no consumer key. Log in to request one, or put %2 in the [%1] section of ~/.ovh.conf, then restart.</source>
        <translation>Non connecté à %1&#xa0;: il n&apos;y a pas de clé consommateur. Connectez-vous pour en demander une, ou placez %2 dans la section [%1] de ~/.ovh.conf, puis redémarrez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keys for %1: %2 missing. Log in, or put them in the [%1] section of ~/.ovh.conf (or ./ovh.conf) or set the environment variables, then restart; or choose the Sandbox endpoint to try calls with demo keys.</source>
        <translation>Aucune clé pour %1&#xa0;: il manque %2. Connectez-vous, ou placez-les dans la section [%1] de ~/.ovh.conf (ou ./ovh.conf) ou définissez les variables d&apos;environnement, puis redémarrez&#xa0;; ou choisissez le point d&apos;accès Bac à sable pour essayer des appels avec les clés de démo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not logged in to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls are not available here.</source>
        <translation>Les appels ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
</context>
<context>
    <name>Ovh::PaginationBar</name>
    <message>
        <location filename="../ui/results/paginationbar.cpp" line="+15"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run the call again for the next page (X-Pagination-Cursor)</source>
        <translation>Relancer l&apos;appel pour la page suivante (X-Pagination-Cursor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every page from the first and show them as one list</source>
        <translation>Récupérer toutes les pages depuis la première et les afficher en une seule liste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Last page, items: %1</source>
        <translation>Dernière page, éléments&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More pages remain; items on this page: %1</source>
        <translation>D&apos;autres pages suivent&#xa0;; éléments sur cette page&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another call is running</source>
        <translation>Un autre appel est en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching page 1…</source>
        <translation>Récupération de la page 1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetching page %1… items so far: %2</source>
        <translation>Récupération de la page %1… éléments jusqu&apos;ici&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many requests: asking again in %1 s</source>
        <translation>Trop de requêtes&#xa0;: nouvel essai dans %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pages: %1, items: %2</source>
        <translation>pages&#xa0;: %1, éléments&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All pages fetched: %1</source>
        <translation>Toutes les pages récupérées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled, %1</source>
        <translation>Annulé, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped, %1: %2</source>
        <translation>Arrêté, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ovh::ParameterForm</name>
    <message>
        <location filename="../ui/operation/parameterform.cpp" line="+102"/>
        <source>This operation takes no parameters.</source>
        <translation>Cette opération ne prend aucun paramètre.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Path parameters</source>
        <translation>Paramètres de chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header parameters</source>
        <translation>Paramètres d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+24"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Body — %1</source>
        <translation>Corps — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole body)</source>
        <translation>(corps entier)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The raw body is sent as written; these fields are ignored until you go back to the form.</source>
        <translation>Le corps brut est envoyé tel quel&#xa0;; ces champs sont ignorés tant que vous ne revenez pas au formulaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the &amp;form</source>
        <translation>Revenir au for&amp;mulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the fields from the raw body and send what the form says</source>
        <translation>Remplir les champs à partir du corps brut et envoyer ce qu&apos;indique le formulaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exactly what will be sent (shown indented). Edit it to send it as written.</source>
        <translation>Exactement ce qui sera envoyé (affiché indenté). Modifiez-le pour l&apos;envoyer tel quel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No body will be sent.</source>
        <translation>Aucun corps ne sera envoyé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the form again</source>
        <translation>Réutiliser le formulaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Fill from example</source>
        <translation>Remplir avec un exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the body with an example the API documents</source>
        <translation>Remplir le corps avec un exemple documenté par l&apos;API</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+27"/>
        <source>Raw body</source>
        <translation>Corps brut</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Fix the JSON first: %1</source>
        <translation>Corrigez d&apos;abord le JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ovh::ParameterTableModel</name>
    <message>
        <location filename="../ui/models/parametertablemodel.cpp" line="+26"/>
        <source>One of: %1</source>
        <translation>Une valeur parmi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>(body)</source>
        <translation>(corps)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>[read-only] %1</source>
        <translation>[lecture seule] %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: set by the server, not sent</source>
        <translation>Lecture seule&#xa0;: fixé par le serveur, non envoyé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Ovh::ProductTreeModel</name>
    <message>
        <location filename="../ui/models/producttreemodel.cpp" line="+268"/>
        <source>%1
Operations: %2</source>
        <translation>%1
Opérations&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ovh::Relaunch</name>
    <message>
        <location filename="../ui/window/relaunch.cpp" line="+52"/>
        <source>Could not start %1 again.</source>
        <translation>Impossible de redémarrer %1.</translation>
    </message>
</context>
<context>
    <name>Ovh::RequestAccessPage</name>
    <message>
        <location filename="../ui/login/requestaccesspage.cpp" line="+38"/>
        <source>Request &amp;access</source>
        <translation>&amp;Demander un accès</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &amp;key:</source>
        <translation>Clé d&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application secre&amp;t:</source>
        <translation>&amp;Secret d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for a new consumer key with the rights below. Your browser opens OVHcloud&apos;s page: log in there, choose how long the key lasts and validate; this window waits and saves the key.</source>
        <translation>Demandez une nouvelle clé consommateur avec les droits ci-dessous. Votre navigateur ouvre la page d&apos;OVHcloud&#xa0;: connectez-vous, choisissez la durée de validité de la clé et validez&#xa0;; cette fenêtre attend puis enregistre la clé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your current key will be revoked once the new one is saved; the new key has exactly the rights below — add any you still need.</source>
        <translation>Votre clé actuelle sera révoquée une fois la nouvelle enregistrée&#xa0;; la nouvelle clé a exactement les droits ci-dessous — ajoutez ceux dont vous avez encore besoin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you refused the request on OVHcloud&apos;s page, press “Cancel the request”.</source>
        <translation>Si vous avez refusé la demande sur la page d&apos;OVHcloud, appuyez sur «&#xa0;Annuler la demande&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the re&amp;quest</source>
        <translation>Annuler la de&amp;mande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Validate the request in your browser: log in to OVHcloud, check the rights, choose how long the key lasts and confirm. If the page did not open, use this link:</source>
        <translation>Validez la demande dans votre navigateur&#xa0;: connectez-vous à OVHcloud, vérifiez les droits, choisissez la durée de validité de la clé et confirmez. Si la page ne s&apos;est pas ouverte, utilisez ce lien&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(asking %1…)</source>
        <translation>(interrogation de %1…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requesting a consumer key from %1…</source>
        <translation>Demande d&apos;une clé consommateur à %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for your validation…</source>
        <translation>En attente de votre validation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for your validation… %1:%2 left</source>
        <translation>En attente de votre validation… encore %1:%2</translation>
    </message>
</context>
<context>
    <name>Ovh::ResponseModelView</name>
    <message>
        <location filename="../ui/results/responsemodelview.cpp" line="+48"/>
        <source>Response model</source>
        <translation>Modèle de la réponse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns nothing</source>
        <translation>Ne renvoie rien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Returns %1</source>
        <translation>Renvoie %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>enum value</source>
        <translation>valeur d&apos;énumération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nullable</source>
        <translation>peut être null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — recursive, see above</source>
        <translation>%1 — récursif, voir plus haut</translation>
    </message>
</context>
<context>
    <name>Ovh::ResultAnnotations</name>
    <message numerus="yes">
        <location filename="../ui/results/resultannotations.cpp" line="+26"/>
        <source>The answer differs from its schema (%1) in %n place(s), marked in the Tree.</source>
        <translation>
            <numerusform>La réponse diffère de son schéma (%1) à %n endroit, signalé dans l&apos;onglet Arbre.</numerusform>
            <numerusform>La réponse diffère de son schéma (%1) à %n endroits, signalés dans l&apos;onglet Arbre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked the first %L1 values only.</source>
        <translation>Seules les %L1 premières valeurs ont été vérifiées.</translation>
    </message>
</context>
<context>
    <name>Ovh::ResultPresenter</name>
    <message>
        <location filename="../ui/operation/resultpresenter.cpp" line="+57"/>
        <source>Result, %1 tab</source>
        <translation>Résultat, onglet %1</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Your consumer key is no longer valid (expired or revoked). Log in again to request a new one.</source>
        <translation>Votre clé consommateur n&apos;est plus valide (expirée ou révoquée). Reconnectez-vous pour en demander une nouvelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key is not allowed to call %1. Request the right “%2”: you get a new consumer key with this right added to those of the current key.</source>
        <translation>Cette clé n&apos;est pas autorisée à appeler %1. Demandez le droit «&#xa0;%2&#xa0;»&#xa0;: vous obtiendrez une nouvelle clé consommateur avec ce droit ajouté à ceux de la clé actuelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request this right…</source>
        <translation>Demander ce droit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application key is not known to %1: check it, or create an application there.</source>
        <translation>La clé d&apos;application est inconnue de %1&#xa0;: vérifiez-la, ou créez-y une application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>Ovh::ResultTreeDelegate</name>
    <message>
        <location filename="../ui/results/resulttreedelegate.cpp" line="+99"/>
        <source>%1, read-only</source>
        <translation>%1, lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, nullable</source>
        <translation>%1, peut être null</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Differs from the schema: %1</source>
        <translation>⚠ Diffère du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or Enter: open %1; Ctrl+click or Ctrl+Enter: in a new tab</source>
        <translation>Clic ou Entrée&#xa0;: ouvrir %1&#xa0;; Ctrl+clic ou Ctrl+Entrée&#xa0;: dans un nouvel onglet</translation>
    </message>
</context>
<context>
    <name>Ovh::ResultView</name>
    <message>
        <location filename="../ui/operation/resultview.cpp" line="+99"/>
        <source>C&amp;opy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve…</source>
        <translation>Enregi&amp;strer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;sent</source>
        <translation>Requête en&amp;voyée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fill in the parameters and press Execute (%1): the answer shows here.</source>
        <translation>Renseignez les paramètres et appuyez sur Exécuter (%1)&#xa0;: la réponse s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy the body to the clipboard</source>
        <translation>Copier le corps dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the body to a file</source>
        <translation>Enregistrer le corps dans un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the exact request that was sent (signature headers hidden)</source>
        <translation>Afficher la requête exacte qui a été envoyée (en-têtes de signature masqués)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+1"/>
        <source>Result body</source>
        <translation>Corps du résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result tree</source>
        <translation>Arbre du résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ms (first byte %2 ms)</source>
        <translation>%1&#xa0;ms (premier octet à %2&#xa0;ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms to the last byte of the answer, %2 ms to its headers</source>
        <translation>%1&#xa0;ms jusqu&apos;au dernier octet de la réponse, %2&#xa0;ms jusqu&apos;à ses en-têtes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Query ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled before the answer came: the server may have carried out the call all the same.</source>
        <translation>Annulé avant la réponse&#xa0;: le serveur a pu exécuter l&apos;appel malgré tout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query ID: %1 (give it to OVHcloud support)</source>
        <translation>ID de requête&#xa0;: %1 (à communiquer au support OVHcloud)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+16"/>
        <source>C&amp;opied</source>
        <translation>Cop&amp;ié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the Answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ovh::RuleEditor</name>
    <message>
        <location filename="../ui/login/ruleeditor.cpp" line="+27"/>
        <source>Allowed &amp;IPs:</source>
        <translation>&amp;IP autorisées&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only (GET everything)</source>
        <translation>Lecture seule (GET sur tout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full access (GET, POST, PUT, DELETE everything)</source>
        <translation>Accès complet (GET, POST, PUT, DELETE sur tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the current operation</source>
        <translation>Seulement l&apos;opération actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rights the consumer key will have. OVH shows them again before you validate.</source>
        <translation>Les droits qu&apos;aura la clé consommateur. OVH les affiche à nouveau avant que vous ne validiez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optional: 192.0.2.0/24, 2001:db8::/32 (empty: any address)</source>
        <translation>Facultatif&#xa0;: 192.0.2.0/24, 2001:db8::/32 (vide&#xa0;: toute adresse)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A&amp;dd a right</source>
        <translation>&amp;Nouveau droit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ri&amp;ghts:</source>
        <translation>Dr&amp;oits&#xa0;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only the current operation (none is open)</source>
        <translation>Seulement l&apos;opération actuelle (aucune n&apos;est ouverte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the current operation: %1</source>
        <translation>Seulement l&apos;opération actuelle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Right %1: %2</source>
        <translation>Droit %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one right.</source>
        <translation>Ajoutez au moins un droit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+187"/>
        <source>Not an IP address or block: %1</source>
        <translation>Adresse ou bloc IP non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>/domain/zone/*  (&apos;*&apos; matches anything)</source>
        <translation>/domain/zone/*  (&apos;*&apos; correspond à n&apos;importe quoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and everything under it</source>
        <translation>et tout ce qui est en dessous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also grants the paths below this one: /x and /x/*</source>
        <translation>Accorde aussi les chemins situés sous celui-ci&#xa0;: /x et /x/*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this right</source>
        <translation>Supprimer ce droit</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>enter a path, such as /me or /domain/*</source>
        <translation>saisissez un chemin, comme /me ou /domain/*</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a path starts with &apos;/&apos;, such as /%1</source>
        <translation>un chemin commence par &apos;/&apos;, comme /%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a path has no spaces</source>
        <translation>un chemin ne contient pas d&apos;espaces</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Will request: %1</source>
        <translation>Sera demandé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be requested yet: %1</source>
        <translation>Rien ne peut encore être demandé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Ovh::Saved</name>
    <message>
        <location filename="../core/saved/savedrequestfile.cpp" line="+42"/>
        <source>The file is too large for saved requests (more than %1 MB).</source>
        <translation>Le fichier est trop gros pour des requêtes enregistrées (plus de %1 Mo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file does not hold saved requests of this program.</source>
        <translation>Le fichier ne contient pas de requêtes enregistrées de ce programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s format version %1 is not one this program reads (%2).</source>
        <translation>La version de format %1 du fichier n&apos;est pas lue par ce programme (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no list of requests.</source>
        <translation>Le fichier n&apos;a pas de liste de requêtes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds %1 requests; at most %2 can be imported at once.</source>
        <translation>Le fichier contient %1 requêtes&#xa0;; %2 au plus peuvent être importées à la fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request %1 of the file</source>
        <translation>La requête %1 du fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an object.</source>
        <translation>%1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a name of 1 to %2 characters.</source>
        <translation>%1 doit avoir un nom de 1 à %2 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no operation such as &quot;GET /me&quot;.</source>
        <translation>%1 n&apos;a pas d&apos;opération telle que &quot;GET /me&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has values that are not an object.</source>
        <translation>%1 a des valeurs qui ne sont pas un objet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/saved/savedrequeststore.cpp" line="+33"/>
        <source>Saved requests in %1: %2 (%3).</source>
        <translation>Requêtes enregistrées dans %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot be read</source>
        <translation>illisibles</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+6"/>
        <source>the request could not be saved</source>
        <translation>la requête n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>it has no name</source>
        <translation>elle n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <location line="+43"/>
        <source>cannot be updated</source>
        <translation>impossible à mettre à jour</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the request could not be renamed</source>
        <translation>la requête n&apos;a pas pu être renommée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the request could not be deleted</source>
        <translation>la requête n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <location line="+20"/>
        <source>the order could not be saved</source>
        <translation>l&apos;ordre n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>Ovh::SavedPanel</name>
    <message>
        <location filename="../ui/saved/savedpanel.cpp" line="+39"/>
        <source>Saved requests (*.json);;All files (*)</source>
        <translation>Requêtes enregistrées (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save &amp;Request…</source>
        <translation>Enregistrer la re&amp;quête…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Saved Requests…</source>
        <translation>&amp;Exporter les requêtes enregistrées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Saved Requests…</source>
        <translation>&amp;Importer des requêtes enregistrées…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open an operation first: a saved request is an operation and its values.</source>
        <translation>Ouvrez d&apos;abord une opération&#xa0;: une requête enregistrée est une opération et ses valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open Saved Request</source>
        <translation>&amp;Ouvrir la requête enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name Saved Request</source>
        <translation>&amp;Renommer la requête enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Saved Request</source>
        <translation>&amp;Supprimer la requête enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Saved Request &amp;Up</source>
        <translation>&amp;Monter la requête enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Saved Request Do&amp;wn</source>
        <translation>&amp;Descendre la requête enregistrée</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Save Request</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1 and its values as:</source>
        <translation>Enregistrer %1 et ses valeurs sous le nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+126"/>
        <source>Saved requests are not available in this window.</source>
        <translation>Les requêtes enregistrées ne sont pas disponibles dans cette fenêtre.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Saved “%1”</source>
        <translation>Requête «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Exported %n saved request(s) to %1</source>
        <translation>
            <numerusform>%n requête enregistrée exportée vers %1</numerusform>
            <numerusform>%n requêtes enregistrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An import is still running: wait for it to end.</source>
        <translation>Une importation est encore en cours&#xa0;: attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing was imported from %1.
%2</source>
        <translation>Rien n&apos;a été importé depuis %1.
%2</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Imported %n saved request(s)</source>
        <translation>
            <numerusform>%n requête enregistrée importée</numerusform>
            <numerusform>%n requêtes enregistrées importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Saved requests</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing: %v of %m</source>
        <translation>Importation&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the operation and its values under a name (Ctrl+S or Ctrl+D)</source>
        <translation>Enregistrer l&apos;opération et ses valeurs sous un nom (Ctrl+S ou Ctrl+D)</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>Export Saved Requests</source>
        <translation>Exporter les requêtes enregistrées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Saved Requests</source>
        <translation>Importer des requêtes enregistrées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved Requests</source>
        <translation>Requêtes enregistrées</translation>
    </message>
</context>
<context>
    <name>Ovh::Schema</name>
    <message>
        <location filename="../core/results/modelconformance.cpp" line="+46"/>
        <source>null, but %1 is not nullable</source>
        <translation>null, mais %1 n&apos;accepte pas null</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 where the schema declares %2</source>
        <translation>%1 alors que le schéma déclare %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a value of the enum %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de l&apos;énumération %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the required property “%1” is missing</source>
        <translation>la propriété obligatoire «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a property of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une propriété de %2</translation>
    </message>
    <message>
        <location filename="../core/schema/jsontree.cpp" line="+38"/>
        <source>unexpected data after the JSON value</source>
        <translation>données inattendues après la valeur JSON</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unexpected end of data</source>
        <translation>fin des données inattendue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>invalid literal</source>
        <translation>littéral invalide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid value</source>
        <translation>valeur invalide</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>control character in string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invalid \u escape</source>
        <translation>échappement \u invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid escape in string</source>
        <translation>échappement invalide dans une chaîne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unterminated object</source>
        <translation>objet non terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unterminated array</source>
        <translation>tableau non terminé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>expected a member name</source>
        <translation>nom de membre attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; attendu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>document too large</source>
        <translation>document trop volumineux</translation>
    </message>
    <message>
        <location filename="../core/schema/openapireader.cpp" line="+32"/>
        <source>OpenAPI version &apos;%1&apos; is not 3.x; read as 3.0</source>
        <translation>la version OpenAPI &apos;%1&apos; n&apos;est pas 3.x&#xa0;; lue comme 3.0</translation>
    </message>
    <message>
        <location filename="../core/schema/openapipaths.cpp" line="+34"/>
        <location line="+202"/>
        <location line="+78"/>
        <location filename="../core/schema/openapitypes.cpp" line="+105"/>
        <location line="+8"/>
        <location line="+112"/>
        <location filename="../core/schema/schemafields.cpp" line="+24"/>
        <location filename="../core/schema/schemaparser.cpp" line="+86"/>
        <location line="+135"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+128"/>
        <location line="+106"/>
        <location filename="../core/schema/openapitypes.cpp" line="-105"/>
        <location line="+127"/>
        <location filename="../core/schema/schemaparser.cpp" line="-162"/>
        <location line="+37"/>
        <location line="+36"/>
        <location line="+110"/>
        <location line="+91"/>
        <source>should be an object, not %1</source>
        <translation>devrait être un objet, pas %1</translation>
    </message>
    <message>
        <location filename="../core/schema/openapitypes.cpp" line="-58"/>
        <source>allOf nests deeper than %1 levels</source>
        <translation>allOf s&apos;imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>allOf includes &apos;%1&apos; in itself; the cycle is cut</source>
        <translation>allOf inclut &apos;%1&apos; en lui-même&#xa0;; le cycle est coupé</translation>
    </message>
    <message>
        <location filename="../core/schema/openapipaths.cpp" line="-175"/>
        <location filename="../core/schema/openapitypes.cpp" line="+13"/>
        <location line="+142"/>
        <location filename="../core/schema/schemafields.cpp" line="-2"/>
        <location filename="../core/schema/schemafields.h" line="+105"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../core/schema/openapitypes.cpp" line="-73"/>
        <source>$ref &apos;%1&apos; does not point into components.schemas</source>
        <translation>$ref &apos;%1&apos; ne pointe pas dans components.schemas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>$ref &apos;%1&apos; points to no schema</source>
        <translation>$ref &apos;%1&apos; ne pointe vers aucun schéma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is defined through itself; read as any JSON</source>
        <translation>&apos;%1&apos; est défini par lui-même&#xa0;; lu comme du JSON quelconque</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the schema nests deeper than %1 levels; read as any JSON</source>
        <translation>le schéma s&apos;imbrique sur plus de %1 niveaux&#xa0;; lu comme du JSON quelconque</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an array without &apos;items&apos;; its elements are any JSON</source>
        <translation>un tableau sans &apos;items&apos;&#xa0;; ses éléments sont du JSON quelconque</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown type &apos;%1&apos;; edited as raw JSON</source>
        <translation>type &apos;%1&apos; inconnu&#xa0;; saisi en JSON brut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 inline schemas; read as any JSON</source>
        <translation>plus de %1 schémas en ligne&#xa0;; lus comme du JSON quelconque</translation>
    </message>
    <message>
        <location filename="../core/schema/openapipaths.cpp" line="-75"/>
        <source>no &apos;paths&apos;: the product has no operations</source>
        <translation>pas de &apos;paths&apos;&#xa0;: le produit n&apos;a aucune opération</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a path should start with &apos;/&apos;; skipped</source>
        <translation>un chemin devrait commencer par &apos;/&apos;&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown method &apos;%1&apos;; skipped</source>
        <translation>méthode &apos;%1&apos; inconnue&#xa0;; ignorée</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/schema/schemaparser.cpp" line="-167"/>
        <source>an operation should be an object, not %1</source>
        <translation>une opération devrait être un objet, pas %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>$ref &apos;%1&apos; points to nothing</source>
        <translation>$ref &apos;%1&apos; ne pointe vers rien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a parameter has no name; skipped</source>
        <translation>un paramètre n&apos;a pas de nom&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameters &apos;in&apos; &apos;%1&apos; are not supported; skipped</source>
        <translation>les paramètres &apos;in&apos; &apos;%1&apos; ne sont pas pris en charge&#xa0;; ignorés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no schema; edited as raw JSON</source>
        <translation>n&apos;a pas de schéma&#xa0;; saisi en JSON brut</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>no JSON content; the operation is sent without a body</source>
        <translation>pas de contenu JSON&#xa0;; l&apos;opération est envoyée sans corps</translation>
    </message>
    <message>
        <location filename="../core/schema/openapireader.cpp" line="+50"/>
        <source>not an OpenAPI document: no &apos;openapi&apos; or &apos;paths&apos;</source>
        <translation>pas un document OpenAPI&#xa0;: ni &apos;openapi&apos; ni &apos;paths&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swagger 2 documents are not supported, only OpenAPI 3</source>
        <translation>documents Swagger 2 non pris en charge, seulement OpenAPI 3</translation>
    </message>
    <message>
        <location filename="../core/schema/schemafields.cpp" line="-8"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/schema/schemafields.h" line="-16"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/schema/schemafields.h" line="-11"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>empty document</source>
        <translation>document vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML page, not a JSON schema</source>
        <translation>une page HTML, pas un schéma JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the document should be a JSON object</source>
        <translation>le document devrait être un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is given twice in one object; the last one is read</source>
        <translation>&apos;%1&apos; figure deux fois dans un même objet&#xa0;; la dernière valeur est lue</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>an IAM action has no name</source>
        <translation>une action IAM n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a date: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas une date&#xa0;: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Path placeholder the schema does not declare</source>
        <translation>Variable de chemin que le schéma ne déclare pas</translation>
    </message>
    <message>
        <location filename="../core/schema/schemafields.h" line="-10"/>
        <source>&apos;%1&apos; should be %2, not %3</source>
        <translation>&apos;%1&apos; devrait être %2, pas %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is null; read as an empty list</source>
        <translation>&apos;%1&apos; vaut null&#xa0;; lu comme une liste vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../core/schema/schemaparser.cpp" line="-120"/>
        <source>&apos;models&apos; is null; read as no models</source>
        <translation>&apos;models&apos; vaut null&#xa0;; lu comme aucun modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;models&apos; should be an object, not %1</source>
        <translation>&apos;models&apos; devrait être un objet, pas %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>has no type</source>
        <translation>n&apos;a pas de type</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has no path; skipped</source>
        <translation>n&apos;a pas de chemin&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>path &apos;%1&apos; is listed twice; its operations are merged</source>
        <translation>le chemin &apos;%1&apos; figure deux fois&#xa0;; ses opérations sont fusionnées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown HTTP method &apos;%1&apos;; skipped</source>
        <translation>méthode HTTP &apos;%1&apos; inconnue&#xa0;; ignorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>defined twice; the first one is kept</source>
        <translation>défini deux fois&#xa0;; la première définition est gardée</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown status &apos;%1&apos;</source>
        <translation>statut &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unknown paramType &apos;%1&apos;; skipped</source>
        <translation>paramType &apos;%1&apos; inconnu&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 parameter has no name; skipped</source>
        <translation>un paramètre %1 n&apos;a pas de nom&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no type; edited as raw JSON</source>
        <translation>n&apos;a pas de type&#xa0;; saisi en JSON brut</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not an API index: no &apos;apis&apos; list</source>
        <translation>pas un index d&apos;API&#xa0;: aucune liste &apos;apis&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;apis&apos; should be an array, not %1</source>
        <translation>&apos;apis&apos; devrait être un tableau, pas %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>product path &apos;%1&apos; should start with &apos;/&apos;; skipped</source>
        <translation>le chemin de produit &apos;%1&apos; devrait commencer par &apos;/&apos;&#xa0;; ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product &apos;%1&apos; is listed twice</source>
        <translation>le produit &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a v1 product schema: no &apos;apis&apos;, &apos;models&apos; or &apos;resourcePath&apos;</source>
        <translation>pas un schéma de produit v1&#xa0;: ni &apos;apis&apos;, ni &apos;models&apos;, ni &apos;resourcePath&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schema/typeref.cpp" line="+260"/>
        <source>type nested deeper than %n levels; edited as raw JSON</source>
        <translation>
            <numerusform>type imbriqué sur plus de %n niveau&#xa0;; saisi en JSON brut</numerusform>
            <numerusform>type imbriqué sur plus de %n niveaux&#xa0;; saisi en JSON brut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schema/typeresolver.cpp" line="+93"/>
        <source>unknown type &apos;%1&apos;</source>
        <translation>type &apos;%1&apos; inconnu</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&apos;%1&apos; gives %n generic argument(s), &apos;%2&apos; declares %3</source>
        <translation>
            <numerusform>&apos;%1&apos; donne %n argument générique, &apos;%2&apos; en déclare %3</numerusform>
            <numerusform>&apos;%1&apos; donne %n arguments génériques, &apos;%2&apos; en déclare %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ovh::SchemaStatus</name>
    <message>
        <location filename="../ui/window/schemastatus.cpp" line="+31"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for the server: use the cached or bundled schema for the rest</source>
        <translation>Ne plus attendre le serveur&#xa0;: utiliser le schéma en cache ou intégré pour le reste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what the schema loader reported</source>
        <translation>Afficher ce qu&apos;a signalé le chargement du schéma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the schema of this endpoint again (F5)</source>
        <translation>Recharger le schéma de ce point d&apos;accès (F5)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the schema of %1…</source>
        <translation>Chargement du schéma de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%v of %m products</source>
        <translation>%v produits sur %m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Still showing the schema loaded before.</source>
        <translation>Le schéma chargé précédemment reste affiché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No schema for %1: nothing can be sent to it.</source>
        <translation>Aucun schéma pour %1&#xa0;: rien ne peut lui être envoyé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2, %3 · %4</source>
        <translation>%1 · %2, %3 · %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostics: %1</source>
        <translation>Diagnostics&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>downloaded from the network</source>
        <translation>téléchargé depuis le réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the cache</source>
        <translation>depuis le cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the bundled snapshot</source>
        <translation>depuis l&apos;instantané intégré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(fetched %1)</source>
        <translation>(récupéré le %1)</translation>
    </message>
</context>
<context>
    <name>Ovh::ServiceAccountPage</name>
    <message>
        <location filename="../ui/login/serviceaccountpage.cpp" line="+24"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for a token with this client ID and secret</source>
        <translation>Demander un jeton avec cet ID client et ce secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A service account (OAuth2 client credentials) signs nothing: each call carries a bearer token, asked for with the client ID and secret and renewed before it expires. Its rights are the IAM policies of the account.</source>
        <translation>Un compte de service (OAuth2 client credentials) ne signe rien&#xa0;: chaque appel porte un jeton bearer, demandé avec l&apos;ID client et le secret, et renouvelé avant son expiration. Ses droits sont les politiques IAM du compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no service accounts: they exist on ovh-eu, ovh-ca and ovh-us.</source>
        <translation>%1 n&apos;a pas de comptes de service&#xa0;: ils existent sur ovh-eu, ovh-ca et ovh-us.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens come from %1; the token itself is kept in memory only.</source>
        <translation>Les jetons viennent de %1&#xa0;; le jeton lui-même n&apos;est gardé qu&apos;en mémoire.</translation>
    </message>
</context>
<context>
    <name>Ovh::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+58"/>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The longest one call may take, from sending to its last byte</source>
        <translation>La durée maximale d&apos;un appel, de l&apos;envoi à son dernier octet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call timeout:</source>
        <translation>Délai d&apos;&amp;appel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The longest a schema download may take before the cache or the bundled snapshot is used</source>
        <translation>La durée maximale d&apos;un téléchargement de schéma avant d&apos;utiliser le cache ou l&apos;instantané intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schema timeout:</source>
        <translation>Délai du &amp;schéma&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+24"/>
        <source> call(s)</source>
        <translation>
            <numerusform>&#xa0;appel</numerusform>
            <numerusform>&#xa0;appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source> day(s)</source>
        <translation>
            <numerusform>&#xa0;jour</numerusform>
            <numerusform>&#xa0;jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask before a POST, PUT or DELETE on</source>
        <translation>Demander avant un POST, PUT ou DELETE sur</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How many detail calls Fetch all keeps in flight at once</source>
        <translation>Nombre d&apos;appels de détail que «&#xa0;Tout récupérer&#xa0;» lance en parallèle</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Another language shows after a restart, which the window offers at once; your tabs, their values and the layout come back.</source>
        <translation>Une autre langue s&apos;affiche après un redémarrage, que la fenêtre propose aussitôt&#xa0;; vos onglets, leurs valeurs et la disposition reviennent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Fetch all:</source>
        <translation>Tout &amp;récupérer&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the &amp;responses (headers and bodies)</source>
        <translation>Conserver les &amp;réponses (en-têtes et corps)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forever</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep calls &amp;for:</source>
        <translation>Conserver les appels &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep at &amp;most:</source>
        <translation>Conserver au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> KiB</source>
        <translation>&#xa0;Kio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut &amp;bodies beyond:</source>
        <translation>Couper les &amp;corps au-delà de&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never kept: keys, signatures, consumer keys, passwords. Older calls go first.</source>
        <translation>Jamais conservés&#xa0;: clés, signatures, clés consommateur, mots de passe. Les appels les plus anciens partent en premier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask before a POST, PUT or DELETE on:</source>
        <translation>Demander avant un POST, PUT ou DELETE sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ovh::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+63"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the search box: open the first (or selected) match</source>
        <translation>Dans la zone de recherche&#xa0;: ouvrir la première correspondance (ou celle sélectionnée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down, Up</source>
        <translation>Bas, Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the search box and the matches</source>
        <translation>Passer de la zone de recherche aux correspondances et inversement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search; close a dialog, the find bar or a menu</source>
        <translation>Effacer la recherche&#xa0;; fermer une boîte de dialogue, la barre de recherche ou un menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous field of the form</source>
        <translation>Champ suivant / précédent du formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a result body: find in it (Enter / Shift+Enter: next / previous match)</source>
        <translation>Dans le corps d&apos;un résultat&#xa0;: y rechercher (Entrée / Shift+Entrée&#xa0;: correspondance suivante / précédente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the tree or the matches: open in a new tab</source>
        <translation>Dans l&apos;arbre ou les correspondances&#xa0;: ouvrir dans un nouvel onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle click</source>
        <translation>Clic du milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the tree or the matches: open in a new tab; on a tab: close it</source>
        <translation>Dans l&apos;arbre ou les correspondances&#xa0;: ouvrir dans un nouvel onglet&#xa0;; sur un onglet&#xa0;: le fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The button, field or tab whose letter is underlined</source>
        <translation>Le bouton, le champ ou l&apos;onglet dont la lettre est soulignée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Ovh::SnippetView</name>
    <message>
        <location filename="../ui/operation/snippetview.cpp" line="+32"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the %1 script to the clipboard</source>
        <translation>Copier le script %1 dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 code</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keys are read from the OVH_* environment variables.</source>
        <translation>Les clés sont lues dans les variables d&apos;environnement OVH_*.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys are read from the OVH_* environment variables; &lt;a href=&quot;%1&quot;&gt;create keys with exactly the rights this call needs&lt;/a&gt;.</source>
        <translation>Les clés sont lues dans les variables d&apos;environnement OVH_*&#xa0;; &lt;a href=&quot;%1&quot;&gt;créez des clés avec exactement les droits dont cet appel a besoin&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="+92"/>
        <source>Explore and call the OVHcloud API: browse and search its schema, fill typed forms, send signed calls, copy them as scripts.

Environment:
  OVH_ENDPOINT          The endpoint to open when --endpoint is not given
  OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY
      Credentials, read with the ovh.conf files (the account button shows whose keys
      sign)
  OVH_EXPLORER_PALETTE  dark: a dark palette whatever the desktop&apos;s

Files:
  /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf
      Credentials in python-ovh&apos;s format, shared with ovh-explorer-cli
  ~/.cache/ovh-api-explorer/schemas
      The schema cache shared with ovh-explorer-cli
  ~/.config/ovh-api-explorer/ovh-explorer.conf
      Profiles, window layout and settings (never a secret: secrets live in the
      desktop&apos;s keychain or in ovh.conf)
  ~/.local/share/ovh-api-explorer/history.sqlite
      The calls sent, shared with ovh-explorer-cli (its history command reads it;
      never a key, a signature or a password)</source>
        <translation>Explorez et appelez l&apos;API OVHcloud&#xa0;: parcourez son schéma et cherchez-y, remplissez des formulaires typés, envoyez des appels signés, copiez-les sous forme de scripts.

Environnement&#xa0;:
  OVH_ENDPOINT          Le point d&apos;accès à ouvrir si --endpoint n&apos;est pas donné
  OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY
      Identifiants, lus avec les fichiers ovh.conf (le bouton du compte indique
      quelles clés signent)
  OVH_EXPLORER_PALETTE  dark&#xa0;: palette sombre, quelle que soit celle du bureau

Fichiers&#xa0;:
  /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf
      Identifiants au format de python-ovh, partagés avec ovh-explorer-cli
  ~/.cache/ovh-api-explorer/schemas
      Le cache des schémas, partagé avec ovh-explorer-cli
  ~/.config/ovh-api-explorer/ovh-explorer.conf
      Profils, disposition de la fenêtre et préférences (jamais un secret&#xa0;: les
      secrets sont dans le trousseau du bureau ou dans ovh.conf)
  ~/.local/share/ovh-api-explorer/history.sqlite
      Les appels envoyés, partagés avec ovh-explorer-cli (sa commande history
      les lit&#xa0;; jamais une clé, une signature ni un mot de passe)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca, or a base URL (default: $OVH_ENDPOINT, else the last one used).</source>
        <translation>ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca, ou une URL de base (par défaut&#xa0;: $OVH_ENDPOINT, sinon le dernier utilisé).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema cache folder (default: %1).</source>
        <translation>Dossier du cache des schémas (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never touch the network: the cache, then the bundled snapshot.</source>
        <translation>Ne jamais utiliser le réseau&#xa0;: le cache, puis l&apos;instantané intégré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An operation to open, such as &apos;POST /domain/zone/{zoneName}/record&apos;.</source>
        <translation>Une opération à ouvrir, par exemple &apos;POST /domain/zone/{zoneName}/record&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give at most one operation; quote it: &apos;GET /me&apos;.</source>
        <translation>Indiquez au plus une opération&#xa0;; mettez-la entre guillemets&#xa0;: &apos;GET /me&apos;.</translation>
    </message>
</context>
</TS>
