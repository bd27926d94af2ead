<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>The offline cache could not install its query functions.</source>
        <translation>Le cache hors ligne n&apos;a pas pu installer ses fonctions de requête.</translation>
    </message>
    <message>
        <source>orderBy is sorted in memory</source>
        <translation>orderBy est trié en mémoire</translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>The patch path %1 does not exist.</source>
        <translation>Le chemin de correctif %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>cw::Actions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Find Tickets…</source>
        <translation>&amp;Rechercher des tickets…</translation>
    </message>
    <message>
        <source>&amp;Go to Ticket…</source>
        <translation>&amp;Aller au ticket…</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Reload Lists</source>
        <translation>&amp;Recharger les listes</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Définir le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;Assign To</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>Définir la &amp;priorité</translation>
    </message>
    <message>
        <source>Set &amp;Team</source>
        <translation>Définir l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Send queued changes and fetch what changed on the server</source>
        <translation>Envoyer les modifications en attente et récupérer ce qui a changé sur le serveur</translation>
    </message>
    <message>
        <source>Nothing to choose from in the offline cache</source>
        <translation>Rien à choisir dans le cache hors ligne</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>company at site</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Go to Ticket</source>
        <translation>Aller au ticket</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>&amp;Numéro du ticket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language changes the next time CW Desk starts.</source>
        <translation>La langue changera au prochain démarrage de CW Desk.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The selected tickets&apos; boards share no status</source>
        <translation>Les boards des tickets sélectionnés n&apos;ont aucun statut en commun</translation>
    </message>
    <message>
        <source>The selected tickets&apos; boards share no team</source>
        <translation>Les boards des tickets sélectionnés n&apos;ont aucune équipe en commun</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Close Ticket Tab</source>
        <translation>&amp;Fermer l&apos;onglet du ticket</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>Boards, priorities, SLAs, sources, service locations and callbacks of the site</source>
        <translation>Boards, priorités, SLA, sources, lieux de service et callbacks du site</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
<context>
    <name>cw::AdminChange</name>
    <message>
        <source>No connection.</source>
        <translation>Aucune connexion.</translation>
    </message>
    <message>
        <source>Working offline: settings are changed on the server only. Connect to change them.</source>
        <translation>Travail hors ligne : les paramètres ne se modifient que sur le serveur. Connectez-vous pour les modifier.</translation>
    </message>
    <message>
        <source>The server cannot be reached: settings are changed on the server only. Retry when it can be reached.</source>
        <translation>Le serveur est injoignable : les paramètres ne se modifient que sur le serveur. Réessayez quand il sera joignable.</translation>
    </message>
    <message>
        <source>Not signed in: settings are changed on the server only. Connect first.</source>
        <translation>Non connecté : les paramètres ne se modifient que sur le serveur. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation>Choisissez d’abord un board.</translation>
    </message>
</context>
<context>
    <name>cw::AdminKinds</name>
    <message>
        <source>board #%1</source>
        <translation>board n° %1</translation>
    </message>
    <message>
        <source>status #%1 of board #%2</source>
        <translation>statut n° %1 du board n° %2</translation>
    </message>
    <message>
        <source>type #%1 of board #%2</source>
        <translation>type n° %1 du board n° %2</translation>
    </message>
    <message>
        <source>subtype #%1 of board #%2</source>
        <translation>sous-type n° %1 du board n° %2</translation>
    </message>
    <message>
        <source>team #%1 of board #%2</source>
        <translation>équipe n° %1 du board n° %2</translation>
    </message>
    <message>
        <source>priority #%1</source>
        <translation>priorité n° %1</translation>
    </message>
    <message>
        <source>SLA #%1</source>
        <translation>SLA n° %1</translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation>source n° %1</translation>
    </message>
    <message>
        <source>service location #%1</source>
        <translation>lieu de service n° %1</translation>
    </message>
    <message>
        <source>callback #%1</source>
        <translation>callback n° %1</translation>
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
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Subtypes</source>
        <translation>Sous-types</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Service Locations</source>
        <translation>Lieux de service</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>board</source>
        <translation>board</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>sous-type</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>lieu de service</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Chef d’équipe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basé sur</translation>
    </message>
    <message>
        <source>Respond (h)</source>
        <translation>Réponse (h)</translation>
    </message>
    <message>
        <source>Plan within (h)</source>
        <translation>Planification (h)</translation>
    </message>
    <message>
        <source>Resolve (h)</source>
        <translation>Résolution (h)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Inactive</source>
        <translation>&amp;Inactif</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <source>&amp;Shown on the board</source>
        <translation>&amp;Affiché sur le board</translation>
    </message>
    <message>
        <source>&amp;Closes the ticket</source>
        <translation>&amp;Ferme le ticket</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>C&amp;hef d’équipe :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Nive&amp;au :</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Basé sur :</translation>
    </message>
    <message>
        <source>&amp;Respond within (hours):</source>
        <translation>&amp;Réponse sous (heures) :</translation>
    </message>
    <message>
        <source>&amp;Plan within (hours):</source>
        <translation>&amp;Planification sous (heures) :</translation>
    </message>
    <message>
        <source>Re&amp;solve within (hours):</source>
        <translation>Ré&amp;solution sous (heures) :</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Object id:</source>
        <translation>Id de l’&amp;objet :</translation>
    </message>
    <message>
        <source>Choose a board.</source>
        <translation>Choisissez un board.</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the server</source>
        <translation>
            <numerusform>%n enregistrement sur le serveur</numerusform>
            <numerusform>%n enregistrements sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 are read from the server only.</source>
        <translation>%1 : les %2 ne se lisent que sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) from the offline cache</source>
        <translation>
            <numerusform>%1 : %n enregistrement du cache hors ligne</numerusform>
            <numerusform>%1 : %n enregistrements du cache hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a board first.</source>
        <translation>Choisissez d’abord un board.</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Aucune connexion.</translation>
    </message>
    <message>
        <source>The %1 #%2 is not in the list any more.</source>
        <translation>%1 n° %2 n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cw::AdminPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Créer : %1</translation>
    </message>
    <message>
        <source>Edit the selected %1</source>
        <translation>Modifier l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Delete the selected %1</source>
        <translation>Supprimer l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recharger : %1</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Could not read the list.</source>
        <translation>Impossible de lire la liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <source>Delete the %1 “%2” (#%3) on the server?</source>
        <translation>Supprimer « %2 » (%1 n° %3) sur le serveur ?</translation>
    </message>
</context>
<context>
    <name>cw::AdminRecordDialog</name>
    <message>
        <source>Edit %1 #%2</source>
        <translation>Modifier : %1 n° %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Créer : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : champ obligatoire.</translation>
    </message>
    <message>
        <source>Saving on the server…</source>
        <translation>Enregistrement sur le serveur…</translation>
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
        <translation>Pourquoi les paramètres ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>Kinds of settings</source>
        <translation>Types de paramètres</translation>
    </message>
    <message>
        <source>The selected board&apos;s settings</source>
        <translation>Paramètres du board sélectionné</translation>
    </message>
    <message>
        <source>Close the administration window</source>
        <translation>Fermer la fenêtre d’administration</translation>
    </message>
    <message>
        <source>Board “%1” (#%2):</source>
        <translation>Board « %1 » (n° %2) :</translation>
    </message>
    <message>
        <source>Choose a board to see its statuses, types, subtypes and teams.</source>
        <translation>Choisissez un board pour voir ses statuts, types, sous-types et équipes.</translation>
    </message>
</context>
<context>
    <name>cw::ApiError</name>
    <message>
        <source>%1 (field %2)</source>
        <comment>server validation error and the field it is about</comment>
        <translation>%1 (champ %2)</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere, and CW Desk does not follow a redirect to another site or to plain http (the API keys would go along). Check the site address.</source>
        <translation>Le serveur a redirigé la requête ailleurs, et CW Desk ne suit pas de redirection vers un autre site ou vers du http non chiffré (les clés API seraient transmises). Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1, and CW Desk does not follow a redirect to another site or to plain http (the API keys would go along). Check the site address.</source>
        <translation>Le serveur a redirigé la requête vers %1, et CW Desk ne suit pas de redirection vers un autre site ou vers du http non chiffré (les clés API seraient transmises). Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>The listing could not be fetched completely.</source>
        <translation>La liste n&apos;a pas pu être récupérée entièrement.</translation>
    </message>
    <message>
        <source>The server showed a different certificate from the one trusted for this profile, so nothing was sent. If the server&apos;s certificate was replaced, trust the new one; otherwise someone may be intercepting the connection.</source>
        <translation>Le serveur a présenté un certificat différent de celui approuvé pour ce profil&#xa0;; rien n&apos;a donc été envoyé. Si le certificat du serveur a été remplacé, approuvez le nouveau&#xa0;; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the site address and your network connection.</source>
        <translation>Le serveur est introuvable. Vérifiez l&apos;adresse du site et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the site address.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>The connection to the server was dropped before the answer was complete.</source>
        <translation>La connexion au serveur a été coupée avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A network problem stopped the request.</source>
        <translation>Un problème réseau a interrompu la requête.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established, so nothing was sent. CW Desk only talks to servers whose certificate it can verify.</source>
        <translation>Aucune connexion sécurisée n&apos;a pu être établie avec le serveur&#xa0;; rien n&apos;a donc été envoyé. CW Desk ne communique qu&apos;avec des serveurs dont il peut vérifier le certificat.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (400).</source>
        <translation>Le serveur a rejeté la requête comme invalide (400).</translation>
    </message>
    <message>
        <source>The server did not accept the API keys (401). Check the company ID, the public key and the private key.</source>
        <translation>Le serveur n&apos;a pas accepté les clés API (401). Vérifiez l&apos;ID de société, la clé publique et la clé privée.</translation>
    </message>
    <message>
        <source>The API member is not allowed to do this (403). Check its security role.</source>
        <translation>Le membre API n&apos;est pas autorisé à faire cela (403). Vérifiez son rôle de sécurité.</translation>
    </message>
    <message>
        <source>The server does not know this address (404). Check the site address and the codebase.</source>
        <translation>Le serveur ne connaît pas cette adresse (404). Vérifiez l&apos;adresse du site et la codebase.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for (404). It may have been deleted.</source>
        <translation>Le serveur n&apos;a pas trouvé l&apos;élément demandé (404). Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The record is in use or was changed by someone else (409).</source>
        <translation>L&apos;enregistrement est en cours d&apos;utilisation ou a été modifié par quelqu&apos;un d&apos;autre (409).</translation>
    </message>
    <message>
        <source>The server is limiting requests (429). Try again in %L1 s.</source>
        <translation>Le serveur limite les requêtes (429). Réessayez dans %L1 s.</translation>
    </message>
    <message>
        <source>The server is limiting requests (429). Try again shortly.</source>
        <translation>Le serveur limite les requêtes (429). Réessayez sous peu.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1).</source>
        <translation>Le serveur a répondu avec un statut inattendu (%1).</translation>
    </message>
    <message>
        <source>The server answered something that is not JSON.</source>
        <translation>Le serveur a répondu autre chose que du JSON.</translation>
    </message>
    <message>
        <source>Check the %1 (nothing was sent): %2</source>
        <comment>query parameter, reason</comment>
        <translation>Vérifiez %1 (rien n&apos;a été envoyé)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server message: its validation error</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Le serveur indique&#xa0;:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>forward-only paging always returns records in id order, so it cannot be combined with a sort order.</source>
        <translation>la pagination vers l&apos;avant renvoie toujours les enregistrements dans l&apos;ordre des id&#xa0;; elle ne peut donc pas être combinée à un ordre de tri.</translation>
    </message>
    <message>
        <source>the page size must be between 1 and %1.</source>
        <translation>la taille de page doit être comprise entre 1 et %1.</translation>
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
        <translation>Équipe %1 du board %2</translation>
    </message>
</context>
<context>
    <name>cw::BoardListModel</name>
    <message>
        <source>%1 (inactive board, #%2)</source>
        <translation>%1 (board inactif, n° %2)</translation>
    </message>
    <message>
        <source>%1 (board #%2)</source>
        <translation>%1 (board n° %2)</translation>
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
        <translation>Mes tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>The tickets could not be counted.</source>
        <translation>Les tickets n&apos;ont pas pu être comptés.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not available offline: this board was never synced.</source>
        <translation>Non disponible hors ligne&#xa0;: ce board n&apos;a jamais été synchronisé.</translation>
    </message>
</context>
<context>
    <name>cw::Cache</name>
    <message>
        <source>The offline cache %1 could not be started.</source>
        <translation>Le cache hors ligne %1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The offline cache cannot be created: %1</source>
        <translation>Le cache hors ligne ne peut pas être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed; the offline cache needs it.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé&#xa0;; le cache hors ligne en a besoin.</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library has no full-text search (FTS5), which the offline cache needs. Install an SQLite built with FTS5 (%1).</source>
        <translation>La bibliothèque SQLite du système n&apos;a pas de recherche plein texte (FTS5), dont le cache hors ligne a besoin. Installez un SQLite compilé avec FTS5 (%1).</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library has no JSON functions, which the offline cache needs. Install SQLite 3.38 or later (%1).</source>
        <translation>La bibliothèque SQLite du système n&apos;a pas de fonctions JSON, dont le cache hors ligne a besoin. Installez SQLite 3.38 ou une version ultérieure (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not switch to write-ahead logging (journal mode %1).</source>
        <translation>Le cache hors ligne n&apos;a pas pu passer en journalisation anticipée (mode de journal %1).</translation>
    </message>
    <message>
        <source>The offline cache cannot be used: %1</source>
        <translation>Le cache hors ligne ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cache&apos;s schema steps are not numbered 1, 2, 3 … (step %1 is %2).</source>
        <translation>Les étapes du schéma du cache ne sont pas numérotées 1, 2, 3 … (l&apos;étape %1 est %2).</translation>
    </message>
    <message>
        <source>Step %1 of the cache&apos;s schema (%2) failed: %3</source>
        <translation>L&apos;étape %1 du schéma du cache (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CW Desk, so it was left unchanged. Use that version, or name another file.</source>
        <translation>%1 a été écrit par une version plus récente de CW Desk&#xa0;; il a donc été laissé intact. Utilisez cette version ou indiquez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a CW Desk offline cache, so it was left unchanged. Name a new file or an existing cache.</source>
        <translation>%1 est une base de données d&apos;un autre programme, pas un cache hors ligne de CW Desk&#xa0;; il a donc été laissé intact. Indiquez un nouveau fichier ou un cache existant.</translation>
    </message>
    <message>
        <source>%1 is not a CW Desk offline cache (it is not an SQLite database, or it is damaged), so it was left unchanged. Name a new file or an existing cache.</source>
        <translation>%1 n&apos;est pas un cache hors ligne de CW Desk (ce n&apos;est pas une base SQLite, ou elle est endommagée)&#xa0;; il a donc été laissé intact. Indiquez un nouveau fichier ou un cache existant.</translation>
    </message>
    <message>
        <source>The offline cache %1 cannot be used and could not be moved aside: %2</source>
        <translation>Le cache hors ligne %1 est inutilisable et n&apos;a pas pu être mis de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of CW Desk, so a new one was started. The old file was kept as %1.</source>
        <translation>Le cache hors ligne a été écrit par une version plus récente de CW Desk&#xa0;; un nouveau a donc été créé. L&apos;ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (the file is damaged or is not a cache), so a new one was started. The old file was kept as %1.</source>
        <translation>Le cache hors ligne n&apos;a pas pu être lu (le fichier est endommagé ou n&apos;est pas un cache)&#xa0;; un nouveau a donc été créé. L&apos;ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>The offline cache is in use by another program (another CW Desk or cwdesk-cli) and stayed locked for %L1 s; nothing was changed. Try again when it has finished.</source>
        <translation>Le cache hors ligne est utilisé par un autre programme (un autre CW Desk ou cwdesk-cli) et est resté verrouillé pendant %L1 s&#xa0;; rien n&apos;a été modifié. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The offline cache file is damaged (%1). It will be replaced by a new one the next time it is opened.</source>
        <translation>Le fichier du cache hors ligne est endommagé (%1). Il sera remplacé par un nouveau à la prochaine ouverture.</translation>
    </message>
    <message>
        <source>The disk holding the offline cache is full.</source>
        <translation>Le disque contenant le cache hors ligne est plein.</translation>
    </message>
    <message>
        <source>The offline cache file is read-only (%1).</source>
        <translation>Le fichier du cache hors ligne est en lecture seule (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written (%1).</source>
        <translation>Le cache hors ligne n&apos;a pas pu être lu ou écrit (%1).</translation>
    </message>
    <message>
        <source>The offline cache file could not be opened (%1).</source>
        <translation>Le fichier du cache hors ligne n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <source>Offline cache error: %1</source>
        <translation>Erreur du cache hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Le cache hors ligne n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Record %L1 of %L2 for %3 could not be stored: %4</source>
        <translation>L&apos;enregistrement %L1 sur %L2 pour %3 n&apos;a pas pu être stocké&#xa0;: %4</translation>
    </message>
    <message>
        <source>Removing configuration links needs the id of their ticket.</source>
        <translation>La suppression des liens de configuration nécessite l&apos;id de leur ticket.</translation>
    </message>
    <message>
        <source>Only a ticket&apos;s or a board&apos;s records can be replaced as a list, and only with the id of that ticket or board.</source>
        <translation>Seuls les enregistrements d&apos;un ticket ou d&apos;un board peuvent être remplacés en liste, et seulement avec l&apos;id de ce ticket ou de ce board.</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>L&apos;enregistrement n&apos;a pas d&apos;id.</translation>
    </message>
    <message>
        <source>The note has no ticket id.</source>
        <translation>La note n&apos;a pas d&apos;id de ticket.</translation>
    </message>
    <message>
        <source>The task has no ticket id.</source>
        <translation>La tâche n&apos;a pas d&apos;id de ticket.</translation>
    </message>
    <message>
        <source>A configuration link needs the id of its ticket.</source>
        <translation>Un lien de configuration nécessite l&apos;id de son ticket.</translation>
    </message>
    <message>
        <source>The record has no board id.</source>
        <translation>L&apos;enregistrement n&apos;a pas d&apos;id de board.</translation>
    </message>
</context>
<context>
    <name>cw::CacheFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner.</source>
        <translation>Impossible de rendre %1 privé pour son propriétaire.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>cw::CliApplication</name>
    <message>
        <source>Use the saved profile NAME (default: the profile of the last login).</source>
        <translation>Utiliser le profil enregistré NAME (par défaut&#xa0;: le profil de la dernière connexion).</translation>
    </message>
    <message>
        <source>The ConnectWise site: a host (na.myconnectwise.net), host:port, or a URL with its scheme (http://127.0.0.1:8080 for a local sandbox; plain http only on this computer). Without --profile, a connection of its own.</source>
        <translation>Le site ConnectWise&#xa0;: un hôte (na.myconnectwise.net), hôte:port ou une URL avec son schéma (http://127.0.0.1:8080 pour un sandbox local&#xa0;; http non chiffré uniquement sur cet ordinateur). Sans --profile, une connexion à part entière.</translation>
    </message>
    <message>
        <source>The company ID you sign in with.</source>
        <translation>L&apos;ID de société avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>The API member&apos;s public key.</source>
        <translation>La clé publique du membre API.</translation>
    </message>
    <message>
        <source>The clientId header (default: CW Desk&apos;s own).</source>
        <translation>L&apos;en-tête clientId (par défaut&#xa0;: celui de CW Desk).</translation>
    </message>
    <message>
        <source>Read the private key from standard input (else CWDESK_PRIVATE_KEY, else the keychain). There is no option that takes the key itself.</source>
        <translation>Lire la clé privée sur l&apos;entrée standard (sinon CWDESK_PRIVATE_KEY, sinon le trousseau). Aucune option ne prend la clé elle-même.</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate when its SHA-256 fingerprint is this one (a self-signed on-premises server); shown when a TLS check fails.</source>
        <translation>Accepter le certificat du serveur si son empreinte SHA-256 est celle-ci (un serveur sur site auto-signé)&#xa0;; affichée quand une vérification TLS échoue.</translation>
    </message>
    <message>
        <source>The directory of profiles.json (default: the desktop app&apos;s).</source>
        <translation>Le répertoire de profiles.json (par défaut&#xa0;: celui de l&apos;application de bureau).</translation>
    </message>
    <message>
        <source>Output: table (default), json or csv.</source>
        <translation>Sortie&#xa0;: table (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>Give up a request after SECONDS without data (default 60).</source>
        <translation>Abandonner une requête après SECONDS secondes sans données (60 par défaut).</translation>
    </message>
    <message>
        <source>The offline cache file (default: the profile&apos;s, as the desktop app uses); changes are queued in its outbox before they are sent.</source>
        <translation>Le fichier du cache hors ligne (par défaut&#xa0;: celui du profil, comme l&apos;application de bureau)&#xa0;; les modifications sont mises en file dans sa boîte d&apos;envoi avant d&apos;être envoyées.</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone (tickets, ticket show, notes, tasks, count, kb search); nothing is sent.</source>
        <translation>Répondre uniquement depuis le cache hors ligne (tickets, ticket show, notes, tasks, count, kb search)&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Send changes straight to the server instead of through the outbox.</source>
        <translation>Envoyer les modifications directement au serveur au lieu de passer par la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Log requests and retries on standard error (never a key).</source>
        <translation>Journaliser les requêtes et les nouvelles tentatives sur la sortie d&apos;erreur (jamais une clé).</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Afficher l&apos;aide (pour une commande&#xa0;: COMMANDE --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
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
        <translation>Usage&#xa0;: cwdesk-cli [OPTIONS] COMMANDE [ARGUMENTS]

Un compagnon de script de CW Desk pour l&apos;API Service de ConnectWise Manage. Les données vont sur la sortie standard (un tableau, du CSV ou le JSON de ConnectWise lui-même pour jq), les messages et la progression sur la sortie d&apos;erreur.

Commandes&#xa0;:
%1
Options (avant ou après la commande)&#xa0;:
%2

Environnement (les options l&apos;emportent)&#xa0;: CWDESK_PROFILE, CWDESK_SITE, CWDESK_COMPANY, CWDESK_PUBLIC_KEY, CWDESK_CLIENT_ID, CWDESK_PRIVATE_KEY, CWDESK_TRUST_FINGERPRINT, CWDESK_CONFIG_DIR.
La connexion&#xa0;: --profile NAME, sinon le profil par défaut sauf si --site est donné&#xa0;; --site, --company, --public-key et --client-id remplacent ceux du profil. La clé privée&#xa0;: --private-key-stdin, sinon CWDESK_PRIVATE_KEY, sinon le trousseau.

Codes de sortie&#xa0;:
  0    succès
  1    autre erreur (400, 404, une réponse qui n&apos;est pas du JSON …)
  2    usage : arguments incorrects, une requête incorrecte (avec sa position), un nom inconnu
  3    authentification ou autorisation : clés refusées (401), 403, pas de clé privée
  4    réseau ou serveur injoignable : DNS, refus, réinitialisation, délai dépassé, TLS,
       5xx ou 429 après les nouvelles tentatives
  5    conflit (409)
  130  interrompu (Ctrl+C)

`cwdesk-cli COMMANDE --help` décrit une commande.
</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli [OPTIONS] %1 %2</source>
        <translation>Usage&#xa0;: cwdesk-cli [OPTIONS] %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Connection and output options (--profile, --site, --format …) and the exit codes: cwdesk-cli --help.</source>
        <translation>Options de connexion et de sortie (--profile, --site, --format …) et codes de sortie&#xa0;: cwdesk-cli --help.</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli [OPTIONS] %1 COMMAND …</source>
        <translation>Usage&#xa0;: cwdesk-cli [OPTIONS] %1 COMMANDE …</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 COMMAND --help` describes one.</source>
        <translation>`cwdesk-cli %1 COMMANDE --help` en décrit une.</translation>
    </message>
    <message>
        <source>`cwdesk-cli --help` lists the options.</source>
        <translation>`cwdesk-cli --help` liste les options.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>`cwdesk-cli --help` lists the commands.</source>
        <translation>`cwdesk-cli --help` liste les commandes.</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 --help` describes them.</source>
        <translation>`cwdesk-cli %1 --help` les décrit.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 attend l&apos;un de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 takes %3.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;»&#xa0;; %1 accepte %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>`cwdesk-cli %1 --help` describes the command.</source>
        <translation>`cwdesk-cli %1 --help` décrit la commande.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--timeout doit être un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format doit être table, json ou csv, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The language of messages and help: en, de or fr (default: the system&apos;s, from LANG).</source>
        <translation>La langue des messages et de l&apos;aide&#xa0;: en, de ou fr (par défaut&#xa0;: celle du système, d&apos;après LANG).</translation>
    </message>
</context>
<context>
    <name>cw::CliContext</name>
    <message>
        <source>--private-key-stdin was given, but standard input held no private key.</source>
        <translation>--private-key-stdin a été indiqué, mais l&apos;entrée standard ne contenait aucune clé privée.</translation>
    </message>
    <message>
        <source>No private key for the connection &quot;%1&quot;.</source>
        <translation>Aucune clé privée pour la connexion «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run `cwdesk-cli login` to save it, or give it with --private-key-stdin or CWDESK_PRIVATE_KEY.</source>
        <translation>Lancez `cwdesk-cli login` pour l&apos;enregistrer, ou fournissez-la avec --private-key-stdin ou CWDESK_PRIVATE_KEY.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the change goes straight to the server and is not queued if that fails.</source>
        <translation>Le cache hors ligne ne peut pas être utilisé (%1)&#xa0;; la modification part directement au serveur et n&apos;est pas mise en file en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>The change stays queued in the outbox as entry %1.</source>
        <translation>La modification reste en file dans la boîte d&apos;envoi (entrée %1).</translation>
    </message>
    <message>
        <source>The change stays in the outbox as entry %1, shown in the offline cache.</source>
        <translation>La modification reste dans la boîte d&apos;envoi (entrée %1), visible dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>`cwdesk-cli outbox discard %1` drops it and undoes it in the offline cache.</source>
        <translation>`cwdesk-cli outbox discard %1` l&apos;abandonne et l&apos;annule dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>`cwdesk-cli conflicts` shows both sides; `cwdesk-cli conflict resolve %1 --keep mine|theirs` settles it.</source>
        <translation>`cwdesk-cli conflicts` montre les deux versions&#xa0;; `cwdesk-cli conflict resolve %1 --keep mine|theirs` le règle.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Queued in the outbox as entry %1, not sent yet (`cwdesk-cli outbox push` sends it later). %2</source>
        <translation>Mis en file dans la boîte d&apos;envoi (entrée %1), pas encore envoyé (`cwdesk-cli outbox push` l&apos;enverra plus tard). %2</translation>
    </message>
    <message>
        <source>%1 Trying again in %L2 s…</source>
        <translation>%1 Nouvelle tentative dans %L2 s…</translation>
    </message>
</context>
<context>
    <name>cw::CliError</name>
    <message>
        <source>If you trust this server (check the fingerprint with its administrator), run again with: --trust-fingerprint %1</source>
        <translation>Si vous faites confiance à ce serveur (vérifiez l&apos;empreinte avec son administrateur), relancez avec&#xa0;: --trust-fingerprint %1</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Conflicts (field, base, mine, theirs)</source>
        <translation>Conflits (champ, base, mine, theirs)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Codebase</source>
        <translation>Codebase</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Mis à jour par</translation>
    </message>
</context>
<context>
    <name>cw::Command</name>
    <message>
        <source>%1 must be a record id (a positive number), not &quot;%2&quot;.</source>
        <translation>%1 doit être un id d&apos;enregistrement (un nombre positif), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is missing %2.</source>
        <translation>Il manque %2 à %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), but got &quot;%2&quot; as well.</source>
        <translation>
            <numerusform>%1 prend %n argument, mais a aussi reçu «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%1 prend %n arguments, mais a aussi reçu «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::CompanyInfoJob</name>
    <message>
        <source>The company ID &quot;%1&quot; is not known at %2. Check the company ID you sign in with.</source>
        <translation>L&apos;ID de société «&#xa0;%1&#xa0;» n&apos;est pas connu sur %2. Vérifiez l&apos;ID de société avec lequel vous vous connectez.</translation>
    </message>
    <message>
        <source>the company information has no Codebase</source>
        <translation>les informations de société ne contiennent pas de Codebase</translation>
    </message>
</context>
<context>
    <name>cw::ConfigurationsPane</name>
    <message>
        <source>A&amp;ttach</source>
        <translation>&amp;Rattacher</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>Linked configurations</source>
        <translation>Configurations rattachées</translation>
    </message>
    <message>
        <source>Find a configuration to attach</source>
        <translation>Rechercher une configuration à rattacher</translation>
    </message>
    <message>
        <source>Find a configuration of the company…</source>
        <translation>Rechercher une configuration de la société…</translation>
    </message>
    <message>
        <source>Attach configuration</source>
        <translation>Rattacher la configuration</translation>
    </message>
    <message>
        <source>Detach configuration</source>
        <translation>Détacher la configuration</translation>
    </message>
    <message>
        <source>Detach the selected configuration (Delete)</source>
        <translation>Détacher la configuration sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Finding configurations needs the server; offline, type the configuration&apos;s id.</source>
        <translation>La recherche de configurations nécessite le serveur&#xa0;; hors ligne, saisissez l&apos;ID de la configuration.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Recherche impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::ConflictView</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Également modifié sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Appliquer les choix</translation>
    </message>
    <message>
        <source>Someone changed these fields on the server since you opened the ticket. Choose for each which value to keep, then apply.</source>
        <translation>Quelqu&apos;un a modifié ces champs sur le serveur depuis que vous avez ouvert le ticket. Choisissez pour chacun la valeur à garder, puis appliquez.</translation>
    </message>
    <message>
        <source>Apply choices</source>
        <translation>Appliquer les choix</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Keep mine for %1</source>
        <translation>Garder ma version pour %1</translation>
    </message>
    <message>
        <source>Take theirs for %1</source>
        <translation>Prendre la version du serveur pour %1</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Faire confiance à ce ce&amp;rtificat</translation>
    </message>
    <message>
        <source>Connect to ConnectWise</source>
        <translation>Se connecter à ConnectWise</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>na.myconnectwise.net or cw.example.com</source>
        <translation>na.myconnectwise.net ou cw.example.com</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de société</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The client id registered for this integration at developer.connectwise.com</source>
        <translation>L&apos;ID client enregistré pour cette intégration sur developer.connectwise.com</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpany ID:</source>
        <translation>ID de soc&amp;iété&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Clé &amp;publique&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the private key of the API member.</source>
        <translation>Saisissez la clé privée du membre API.</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>Recherche de %1 sur %2…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Connected to %1 (ConnectWise %2).</source>
        <translation>Connecté à %1 (ConnectWise %2).</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the site&apos;s address and your network.
%2</source>
        <translation>%1 est injoignable. Vérifiez l&apos;adresse du site et votre réseau.
%2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer. If your administrator confirms that its SHA-256 fingerprint is
%2
choose &quot;Trust this certificate&quot;.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé par cet ordinateur. Si votre administrateur confirme que son empreinte SHA-256 est
%2
choisissez «&#xa0;Faire confiance à ce certificat&#xa0;».</translation>
    </message>
    <message>
        <source>%1 does not answer as a ConnectWise site, or does not know the company &quot;%2&quot;. Check both.</source>
        <translation>%1 ne répond pas comme un site ConnectWise, ou ne connaît pas la société «&#xa0;%2&#xa0;». Vérifiez les deux.</translation>
    </message>
    <message>
        <source>The site refused the keys (401). Check the company ID, the public key and the private key of the API member.</source>
        <translation>Le site a refusé les clés (401). Vérifiez l&apos;ID de société, la clé publique et la clé privée du membre API.</translation>
    </message>
    <message>
        <source>The keys are valid, but the API member may not read the system information (403). Its security role needs more permissions; ask your ConnectWise administrator.
%1</source>
        <translation>Les clés sont valides, mais le membre API n&apos;a pas le droit de lire les informations système (403). Son rôle de sécurité a besoin de davantage d&apos;autorisations&#xa0;; demandez à votre administrateur ConnectWise.
%1</translation>
    </message>
    <message>
        <source>The private key could not be saved in the keychain: %1</source>
        <translation>La clé privée n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionOptions</name>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. `cwdesk-cli profiles` lists them; `cwdesk-cli login` saves one.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;». `cwdesk-cli profiles` les liste&#xa0;; `cwdesk-cli login` en enregistre un.</translation>
    </message>
    <message>
        <source>No connection is set up. Run `cwdesk-cli login`, or give --profile, or --site, --company and --public-key (or CWDESK_SITE, CWDESK_COMPANY and CWDESK_PUBLIC_KEY).</source>
        <translation>Aucune connexion n&apos;est configurée. Lancez `cwdesk-cli login`, ou indiquez --profile, ou --site, --company et --public-key (ou CWDESK_SITE, CWDESK_COMPANY et CWDESK_PUBLIC_KEY).</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, with or without colons.</source>
        <translation>--trust-fingerprint attend l&apos;empreinte SHA-256 du certificat&#xa0;: 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
</context>
<context>
    <name>cw::ConnectionProfile</name>
    <message>
        <source>Enter the address of your ConnectWise site, for example na.myconnectwise.net.</source>
        <translation>Saisissez l&apos;adresse de votre site ConnectWise, par exemple na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>The site address %1 must start with https:// or be just a host name, for example na.myconnectwise.net.</source>
        <translation>L&apos;adresse de site %1 doit commencer par https:// ou n&apos;être qu&apos;un nom d&apos;hôte, par exemple na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>The site address %1 must not contain a user name or password; the keys are entered separately.</source>
        <translation>L&apos;adresse de site %1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; les clés sont saisies à part.</translation>
    </message>
    <message>
        <source>The site address %1 is not a valid address.</source>
        <translation>L&apos;adresse de site %1 n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The site address %1 has no host name.</source>
        <translation>L&apos;adresse de site %1 n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The port in the site address %1 must be a number from 1 to 65535.</source>
        <translation>Le port de l&apos;adresse de site %1 doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The site address %1 uses plain http. ConnectWise keys are only sent over https; use an https:// address (plain http is accepted only for a server on this computer).</source>
        <translation>L&apos;adresse de site %1 utilise http non chiffré. Les clés ConnectWise ne sont envoyées que par https&#xa0;; utilisez une adresse https:// (http non chiffré n&apos;est accepté que pour un serveur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The company ID is missing.</source>
        <translation>L&apos;ID de société manque.</translation>
    </message>
    <message>
        <source>The public key is missing.</source>
        <translation>La clé publique manque.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>L&apos;ID client manque.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>L&apos;empreinte de certificat approuvée n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The company id %1 is not known on %2. Check the company id you sign in with (it is the one on ConnectWise&apos;s login page).</source>
        <translation>L&apos;ID de société %1 n&apos;est pas connu sur %2. Vérifiez l&apos;ID de société avec lequel vous vous connectez (celui de la page de connexion de ConnectWise).</translation>
    </message>
    <message>
        <source>%1 did not tell which version of ConnectWise it runs: its company information has no usable Codebase.</source>
        <translation>%1 n&apos;a pas indiqué quelle version de ConnectWise il exécute&#xa0;: ses informations de société n&apos;ont pas de Codebase utilisable.</translation>
    </message>
    <message>
        <source>%1 answered the company lookup with something that is not company information. Check the site address.</source>
        <translation>%1 a répondu à la recherche de société par autre chose que des informations de société. Vérifiez l&apos;adresse du site.</translation>
    </message>
</context>
<context>
    <name>cw::CountJob</name>
    <message>
        <source>expected an object with a number &quot;count&quot;</source>
        <translation>un objet avec un nombre «&#xa0;count&#xa0;» était attendu</translation>
    </message>
    <message>
        <source>the count %1 is not a whole number from 0 to %L2</source>
        <translation>le nombre %1 n&apos;est pas un entier de 0 à %L2</translation>
    </message>
</context>
<context>
    <name>cw::Credentials</name>
    <message>
        <source>The site address is missing or not a valid URL.</source>
        <translation>L&apos;adresse du site manque ou n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The site address %1 uses plain http. ConnectWise keys are only sent over https; use an https:// address.</source>
        <translation>L&apos;adresse de site %1 utilise http non chiffré. Les clés ConnectWise ne sont envoyées que par https&#xa0;; utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The site address must start with https://.</source>
        <translation>L&apos;adresse du site doit commencer par https://.</translation>
    </message>
    <message>
        <source>The company ID is missing.</source>
        <translation>L&apos;ID de société manque.</translation>
    </message>
    <message>
        <source>The public key is missing.</source>
        <translation>La clé publique manque.</translation>
    </message>
    <message>
        <source>The private key is missing.</source>
        <translation>La clé privée manque.</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>L&apos;ID client manque.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>L&apos;empreinte de certificat approuvée n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
</context>
<context>
    <name>cw::Desk</name>
    <message>
        <source>Working offline</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No connection is set up, so there is no offline cache.</source>
        <translation>Aucune connexion n&apos;est configurée&#xa0;; il n&apos;y a donc pas de cache hors ligne.</translation>
    </message>
</context>
<context>
    <name>cw::DeskChange</name>
    <message>
        <source>Outbox entry %1 has gone.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of %1 was changed since you loaded it, in the fields you changed too: %2. Nothing was overwritten (outbox entry %3).</source>
        <translation>La copie de %1 sur le serveur a été modifiée depuis son chargement, dans des champs que vous avez aussi modifiés&#xa0;: %2. Rien n&apos;a été écrasé (entrée %3 de la boîte d&apos;envoi).</translation>
    </message>
    <message>
        <source>Working offline.</source>
        <translation>Travail hors ligne.</translation>
    </message>
    <message>
        <source>It waits behind an earlier change of the same record.</source>
        <translation>Elle attend derrière une modification antérieure du même enregistrement.</translation>
    </message>
</context>
<context>
    <name>cw::DeskStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Open the outbox: changes waiting to be sent, and conflicts</source>
        <translation>Ouvrir la boîte d&apos;envoi&#xa0;: modifications en attente d&apos;envoi et conflits</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>connection state · server host</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message>
        <source>Pending: %L1</source>
        <translation>En attente&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Pending: %L1 · Conflicts: %L2</source>
        <translation>En attente&#xa0;: %L1 · Conflits&#xa0;: %L2</translation>
    </message>
    <message>
        <source>First sync…</source>
        <translation>Première synchronisation…</translation>
    </message>
</context>
<context>
    <name>cw::FetchAllJob</name>
    <message>
        <source>The server counts %L1 records, more than %L2 pages of %L3, the most CW Desk fetches at once. Narrow the listing with conditions.</source>
        <translation>Le serveur compte %L1 enregistrements, plus que %L2 pages de %L3, le maximum que CW Desk récupère en une fois. Affinez la liste avec des conditions.</translation>
    </message>
    <message>
        <source>The listing goes on beyond %L1 pages, the most CW Desk fetches at once. Narrow it with conditions.</source>
        <translation>La liste dépasse %L1 pages, le maximum que CW Desk récupère en une fois. Affinez-la avec des conditions.</translation>
    </message>
</context>
<context>
    <name>cw::FieldAssignment</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE (for example summary=&quot;Printer offline&quot; or status.name=&quot;In Progress&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme CHAMP=VALEUR (par exemple summary=&quot;Printer offline&quot; ou status.name=&quot;In Progress&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part in its field name.</source>
        <translation>«&#xa0;%1&#xa0;» a une partie vide dans son nom de champ.</translation>
    </message>
</context>
<context>
    <name>cw::JsonPatch</name>
    <message>
        <source>Each patch operation needs an op and a path.</source>
        <translation>Chaque opération de correctif nécessite un op et un path.</translation>
    </message>
    <message>
        <source>Unsupported patch operation &apos;%1&apos;; use add, replace or remove.</source>
        <translation>Opération de correctif «&#xa0;%1&#xa0;» non prise en charge&#xa0;; utilisez add, replace ou remove.</translation>
    </message>
    <message>
        <source>The %1 operation on %2 needs a value.</source>
        <translation>L&apos;opération %1 sur %2 nécessite une valeur.</translation>
    </message>
    <message>
        <source>The patch path %1 does not name a writable property.</source>
        <translation>Le chemin de correctif %1 ne désigne pas une propriété modifiable.</translation>
    </message>
    <message>
        <source>A patch path may have at most %1 segments; this one has %2.</source>
        <translation>Un chemin de patch peut avoir au plus %1 segments ; celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>cw::JsonRecords</name>
    <message>
        <source>Invalid JSON at byte %L1: %2</source>
        <translation>JSON invalide à l&apos;octet %L1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Expected a JSON array of records, got %1.</source>
        <translation>Un tableau JSON d&apos;enregistrements était attendu, reçu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expected a JSON object (a record), got %1.</source>
        <translation>Un objet JSON (un enregistrement) était attendu, reçu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Element %L1 of the array is %2, not a record (an object).</source>
        <translation>L&apos;élément %L1 du tableau est %2, pas un enregistrement (un objet).</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON array at byte %L1.</source>
        <translation>Données inattendues après le tableau JSON à l&apos;octet %L1.</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON object at byte %L1.</source>
        <translation>Données inattendues après l&apos;objet JSON à l&apos;octet %L1.</translation>
    </message>
    <message>
        <source>Record %L1 of the page: %2</source>
        <translation>Enregistrement %L1 de la page&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::KbCommand</name>
    <message>
        <source>TEXT…</source>
        <translation>TEXTE…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search the knowledge base.</source>
        <translation>Rechercher dans la base de connaissances.</translation>
    </message>
    <message>
        <source>Show one knowledge-base article.</source>
        <translation>Afficher un article de la base de connaissances.</translation>
    </message>
    <message>
        <source>Finds the articles whose title, issue or resolution contain TEXT (the words together, as one phrase). --conditions narrows the search further.
Example: cwdesk-cli kb search bitlocker recovery --format json</source>
        <translation>Trouve les articles dont le titre, le problème ou la résolution contient TEXTE (les mots ensemble, comme une expression). --conditions restreint davantage la recherche.
Exemple&#xa0;: cwdesk-cli kb search bitlocker recovery --format json</translation>
    </message>
    <message>
        <source>The table shows the title, the issue and the resolution in full.</source>
        <translation>Le tableau affiche le titre, le problème et la résolution en entier.</translation>
    </message>
    <message>
        <source>the article ID</source>
        <translation>l&apos;ID de l&apos;article</translation>
    </message>
    <message>
        <source>The article ID</source>
        <translation>L&apos;ID de l&apos;article</translation>
    </message>
    <message>
        <source>kb search needs the TEXT to look for.</source>
        <translation>kb search attend le TEXTE à rechercher.</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
</context>
<context>
    <name>cw::KbPane</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Insert as Note</source>
        <translation>&amp;Insérer comme note</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <source>Search titles, issues and resolutions…</source>
        <translation>Rechercher dans les titres, problèmes et résolutions…</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>Article issue</source>
        <translation>Problème de l&apos;article</translation>
    </message>
    <message>
        <source>Article resolution</source>
        <translation>Résolution de l&apos;article</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Insert the article&apos;s resolution as a note</source>
        <translation>Insérer la résolution de l&apos;article comme note</translation>
    </message>
    <message>
        <source>Save article</source>
        <translation>Enregistrer l&apos;article</translation>
    </message>
    <message>
        <source>Cancel editing the article</source>
        <translation>Annuler la modification de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ti&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;ssue:</source>
        <translation>&amp;Problème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Suggested for ticket #%1: %n article(s)</source>
        <translation>
            <numerusform>Suggestion pour le ticket n° %1&#xa0;: %n article</numerusform>
            <numerusform>Suggestions pour le ticket n° %1&#xa0;: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search the knowledge base.</source>
        <translation>Tapez pour rechercher dans la base de connaissances.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found on the server</source>
        <translation>
            <numerusform>%n article trouvé sur le serveur</numerusform>
            <numerusform>%n articles trouvés sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found offline, in the local index</source>
        <translation>
            <numerusform>%n article trouvé hors ligne, dans l&apos;index local</numerusform>
            <numerusform>%n articles trouvés hors ligne, dans l&apos;index local</numerusform>
        </translation>
    </message>
    <message>
        <source>No article selected.</source>
        <translation>Aucun article sélectionné.</translation>
    </message>
    <message>
        <source>Article #%1</source>
        <translation>Article n° %1</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Articles are changed on the server: connect first.</source>
        <translation>Les articles se modifient sur le serveur&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Put the resolution into the note composer of ticket #%1</source>
        <translation>Placer la résolution dans la zone de saisie de note du ticket n° %1</translation>
    </message>
    <message>
        <source>Put the resolution into the note composer</source>
        <translation>Placer la résolution dans la zone de saisie de note</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Delete article #%1 from the knowledge base?</source>
        <translation>Supprimer l&apos;article n° %1 de la base de connaissances&#xa0;?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
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
        <translation>Lister les boards de service.</translation>
    </message>
    <message>
        <source>List the statuses of a board (by id or name).</source>
        <translation>Lister les statuts d&apos;un board (par id ou par nom).</translation>
    </message>
    <message>
        <source>List the ticket priorities.</source>
        <translation>Lister les priorités des tickets.</translation>
    </message>
    <message>
        <source>List the members (technicians and other users).</source>
        <translation>Lister les membres (techniciens et autres utilisateurs).</translation>
    </message>
    <message>
        <source>List companies (one page unless --all).</source>
        <translation>Lister les sociétés (une page sauf avec --all).</translation>
    </message>
    <message>
        <source>List tickets (one page unless --all).</source>
        <translation>Lister les tickets (une page sauf avec --all).</translation>
    </message>
    <message>
        <source>List the notes of a ticket.</source>
        <translation>Lister les notes d&apos;un ticket.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket.</source>
        <translation>Lister les tâches d&apos;un ticket.</translation>
    </message>
    <message>
        <source>List the configurations attached to a ticket.</source>
        <translation>Lister les configurations rattachées à un ticket.</translation>
    </message>
    <message>
        <source>Count the tickets that match the conditions.</source>
        <translation>Compter les tickets qui correspondent aux conditions.</translation>
    </message>
    <message>
        <source>--format table (default; cut to the terminal&apos;s width on a terminal), csv (RFC 4180 quoting) or json (the server&apos;s records, unchanged, in one array, streamed page by page). Tables and CSV ask the server only for the columns they show.</source>
        <translation>--format table (par défaut&#xa0;; tronqué à la largeur du terminal dans un terminal), csv (guillemets selon la RFC 4180) ou json (les enregistrements du serveur, inchangés, dans un seul tableau, diffusés page par page). Les tableaux et le CSV ne demandent au serveur que les colonnes affichées.</translation>
    </message>
    <message>
        <source>Prints the number alone (table), {&quot;count&quot;: N} (json) or a count column (csv).</source>
        <translation>Affiche le nombre seul (table), {&quot;count&quot;: N} (json) ou une colonne count (csv).</translation>
    </message>
    <message>
        <source>Only tickets that match EXPR.</source>
        <translation>Uniquement les tickets qui correspondent à EXPR.</translation>
    </message>
    <message>
        <source>the board (id or name)</source>
        <translation>le board (id ou nom)</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>l&apos;ID du ticket</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>L&apos;ID du ticket</translation>
    </message>
    <message>
        <source>board</source>
        <translation>board</translation>
    </message>
    <message>
        <source>Without --all, one page of --page-size tickets (default 25) is listed.
Examples:
  cwdesk-cli tickets --conditions &apos;board/name=&quot;Service Desk&quot; and closedFlag=false&apos; --order-by &apos;id desc&apos;
  cwdesk-cli tickets --all --format json | jq &apos;.[].id&apos;
  cwdesk-cli tickets --fields id,summary,owner/identifier --format csv
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>Sans --all, une page de --page-size tickets (25 par défaut) est listée.
Exemples&#xa0;:
  cwdesk-cli tickets --conditions &apos;board/name=&quot;Service Desk&quot; and closedFlag=false&apos; --order-by &apos;id desc&apos;
  cwdesk-cli tickets --all --format json | jq &apos;.[].id&apos;
  cwdesk-cli tickets --fields id,summary,owner/identifier --format csv
%1</translation>
    </message>
    <message>
        <source>BOARD is the board&apos;s id or name.
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>BOARD est l&apos;id ou le nom du board.
%1</translation>
    </message>
    <message>
        <source>Lists every record unless --page-size or --page asks for one page.
%1</source>
        <comment>%1: the paragraph on --format</comment>
        <translation>Liste tous les enregistrements, sauf si --page-size ou --page demande une seule page.
%1</translation>
    </message>
</context>
<context>
    <name>cw::ListJob</name>
    <message>
        <source>the query is too long for a URL (%L1 characters; at most %L2) and %3 has no search endpoint. Shorten the conditions.</source>
        <translation>la requête est trop longue pour une URL (%L1 caractères&#xa0;; %L2 au plus) et %3 n&apos;a pas de point de recherche. Raccourcissez les conditions.</translation>
    </message>
    <message>
        <source>The server&apos;s link to page %L1 points to %2, which is not the configured site; CW Desk does not send the API keys there.</source>
        <translation>Le lien du serveur vers la page %L1 pointe vers %2, qui n&apos;est pas le site configuré&#xa0;; CW Desk n&apos;y envoie pas les clés API.</translation>
    </message>
    <message>
        <source>The server&apos;s link to the next page points back to page %L1.</source>
        <translation>Le lien du serveur vers la page suivante renvoie à la page %L1.</translation>
    </message>
    <message>
        <source>The listing goes on beyond %L1 pages, the most CW Desk fetches at once. Narrow it with conditions.</source>
        <translation>La liste dépasse %L1 pages, le maximum que CW Desk récupère en une fois. Affinez-la avec des conditions.</translation>
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
        <translation>Boards de service</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Ticket details</source>
        <translation>Détails du ticket</translation>
    </message>
    <message>
        <source>Members and teams</source>
        <translation>Membres et équipes</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Le ticket n° %1 n&apos;est pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket n° %1</translation>
    </message>
    <message>
        <source>Delete ticket #%1? This cannot be undone.</source>
        <translation>Supprimer le ticket n° %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete Tickets</source>
        <translation>Supprimer des tickets</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Tickets: %L1</source>
        <translation>Tickets&#xa0;: %L1</translation>
    </message>
    <message>
        <source>This site has no service boards.</source>
        <translation>Ce site n&apos;a aucun board de service.</translation>
    </message>
    <message>
        <source>Nothing is cached yet: waiting for the first sync…</source>
        <translation>Rien en cache pour l&apos;instant&#xa0;: attente de la première synchronisation…</translation>
    </message>
    <message>
        <source>No tickets match.</source>
        <translation>Aucun ticket ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln tickets? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln ticket&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %Ln tickets&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Recherche sur le serveur…</translation>
    </message>
    <message>
        <source>Server search: the server has more tickets than the %L1 listed; narrow the query to see the rest.</source>
        <translation>Recherche sur le serveur&#xa0;: le serveur a plus de tickets que les %L1 listés&#xa0;; affinez la requête pour voir les autres.</translation>
    </message>
    <message>
        <source>Server search: tickets found: %L1.</source>
        <translation>Recherche sur le serveur&#xa0;: tickets trouvés&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>Server search failed: %1 The list shows the offline cache.</source>
        <translation>La recherche sur le serveur a échoué&#xa0;: %1 La liste affiche le cache hors ligne.</translation>
    </message>
    <message>
        <source>Dispatch and open tickets</source>
        <translation>Répartition et tickets ouverts</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Open tabs</source>
        <translation>Onglets ouverts</translation>
    </message>
    <message>
        <source>Close ticket #%1</source>
        <translation>Fermer le ticket n° %1</translation>
    </message>
    <message>
        <source>Close Ticket</source>
        <translation>Fermer le ticket</translation>
    </message>
    <message>
        <source>Ticket %1 has unsaved changes. Save them before closing?</source>
        <translation>Le ticket %1 a des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>The new ticket waits in the outbox.</source>
        <translation>Le nouveau ticket attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket n° %1 créé.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>Tâch&amp;es</translation>
    </message>
    <message>
        <source>&amp;Configurations</source>
        <translation>Con&amp;figurations</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
</context>
<context>
    <name>cw::ManageClient</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Keys refused</source>
        <translation>Clés refusées</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
</context>
<context>
    <name>cw::ManageJob</name>
    <message>
        <source>No ConnectWise site is set up yet.</source>
        <translation>Aucun site ConnectWise n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Refusing to send the API keys to %1, which is not the configured site.</source>
        <translation>Refus d&apos;envoyer les clés API à %1, qui n&apos;est pas le site configuré.</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Certificat&#xa0;: %1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinned SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 à l&apos;octet %2 sur %3</translation>
    </message>
</context>
<context>
    <name>cw::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>New ticket fields</source>
        <translation>Champs du nouveau ticket</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>cw::NotesPane</name>
    <message>
        <source>&amp;Discussion</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Interne</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Show notes</source>
        <translation>Notes à afficher</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Note timeline</source>
        <translation>Historique des notes</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Écrire une note… (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes en premier</translation>
    </message>
    <message>
        <source>Shown to the customer as part of the ticket&apos;s description</source>
        <translation>Montrée au client dans la description du ticket</translation>
    </message>
    <message>
        <source>Internal analysis: only staff see it</source>
        <translation>Analyse interne&#xa0;: seul le personnel la voit</translation>
    </message>
    <message>
        <source>Part of the ticket&apos;s resolution</source>
        <translation>Fait partie de la résolution du ticket</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Ajouter la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Aucun ticket sélectionné.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refusée par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Editing the note of %1:</source>
        <translation>Modification de la note de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete this note from ticket #%1?</source>
        <translation>Supprimer cette note du ticket n° %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>cw::OfflineBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Avis hors ligne</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <source>Offline — nothing has been synced yet</source>
        <translation>Hors ligne — rien n&apos;a encore été synchronisé</translation>
    </message>
    <message>
        <source>Offline — showing data synced at %1</source>
        <translation>Hors ligne — données synchronisées à %1</translation>
    </message>
    <message>
        <source>Offline — showing data synced on %1</source>
        <translation>Hors ligne — données synchronisées le %1</translation>
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
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone (--offline).</source>
        <translation>Répondre uniquement depuis le cache hors ligne (--offline).</translation>
    </message>
    <message>
        <source>Answer from the offline cache alone.</source>
        <translation>Répondre uniquement depuis le cache hors ligne.</translation>
    </message>
    <message>
        <source>Only tickets that match EXPR.</source>
        <translation>Uniquement les tickets qui correspondent à EXPR.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>l&apos;ID du ticket</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>L&apos;ID du ticket</translation>
    </message>
    <message>
        <source>kb search needs the TEXT to look for.</source>
        <translation>kb search attend le TEXTE à rechercher.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Le cache hors ligne ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>`cwdesk-cli sync` fills it.</source>
        <translation>`cwdesk-cli sync` le remplit.</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the offline cache.</source>
        <translation>Le ticket %1 n&apos;est pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>Open it once online, or pin it, to keep it offline.</source>
        <translation>Ouvrez-le une fois en ligne, ou épinglez-le, pour le garder hors ligne.</translation>
    </message>
</context>
<context>
    <name>cw::Outbox</name>
    <message>
        <source>The offline cache is not open; changes cannot be queued.</source>
        <translation>Le cache hors ligne n&apos;est pas ouvert&#xa0;; les modifications ne peuvent pas être mises en file.</translation>
    </message>
    <message>
        <source>Only tickets, and notes, tasks and configuration links of a ticket, can be queued.</source>
        <translation>Seuls les tickets, ainsi que les notes, tâches et liens de configuration d&apos;un ticket, peuvent être mis en file.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Only tickets, notes, tasks and configuration links can be queued.</source>
        <translation>Seuls les tickets, notes, tâches et liens de configuration peuvent être mis en file.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Il n&apos;y a pas d&apos;entrée %1 dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Outbox entry %1 was sent already; there is nothing to discard.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi a déjà été envoyée&#xa0;; il n&apos;y a rien à abandonner.</translation>
    </message>
    <message>
        <source>Outbox entry %1 may have reached the server already; run `outbox push` to find out before discarding it.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi a peut-être déjà atteint le serveur&#xa0;; lancez `outbox push` pour le savoir avant de l&apos;abandonner.</translation>
    </message>
    <message>
        <source>Outbox entry %1 is not a conflict.</source>
        <translation>L&apos;entrée %1 de la boîte d&apos;envoi n&apos;est pas un conflit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conflicting field of entry %2 (those are: %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ en conflit de l&apos;entrée %2 (ceux-ci sont&#xa0;: %3).</translation>
    </message>
    <message>
        <source>No connection to send the outbox with.</source>
        <translation>Aucune connexion pour envoyer la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1</source>
        <translation>Également modifié sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 has no id.</source>
        <translation>La réponse du serveur à %1 n&apos;a pas d&apos;id.</translation>
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
        <translation>Lister les modifications en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send the changes waiting in the outbox.</source>
        <translation>Envoyer les modifications en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Drop a change from the outbox and undo it in the offline cache.</source>
        <translation>Retirer une modification de la boîte d&apos;envoi et l&apos;annuler dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>List the changes that met a change made on the server.</source>
        <translation>Lister les modifications qui se sont heurtées à une modification faite sur le serveur.</translation>
    </message>
    <message>
        <source>Settle a conflict: keep mine, take theirs, or per field.</source>
        <translation>Régler un conflit&#xa0;: garder la mienne, prendre celle du serveur, ou champ par champ.</translation>
    </message>
    <message>
        <source>States: queued (waits to be sent), sending (sent when the program stopped; the next push finds out whether it arrived), failed (the server refused it; the message says why), conflict (see `cwdesk-cli conflicts`), sent (with --all).</source>
        <translation>États&#xa0;: queued (attend d&apos;être envoyée), sending (envoyée quand le programme s&apos;est arrêté&#xa0;; le prochain push vérifie si elle est arrivée), failed (refusée par le serveur&#xa0;; le message dit pourquoi), conflict (voir `cwdesk-cli conflicts`), sent (avec --all).</translation>
    </message>
    <message>
        <source>Changes go in the order they were made; a failed or conflicting change holds back the later changes of the same record. Ends with a summary; exit code 4 when the server could not be reached, 3 when it refused the keys.</source>
        <translation>Les modifications partent dans l&apos;ordre où elles ont été faites&#xa0;; une modification en échec ou en conflit retient les modifications suivantes du même enregistrement. Se termine par un résumé&#xa0;; code de sortie 4 si le serveur était injoignable, 3 s&apos;il a refusé les clés.</translation>
    </message>
    <message>
        <source>ENTRY is the number `outbox list` shows.</source>
        <translation>ENTRY est le numéro qu&apos;affiche `outbox list`.</translation>
    </message>
    <message>
        <source>For each conflicting field: the value as loaded (base), yours (mine) and the server&apos;s (theirs).</source>
        <translation>Pour chaque champ en conflit&#xa0;: la valeur au chargement (base), la vôtre (mine) et celle du serveur (theirs).</translation>
    </message>
    <message>
        <source>mine sends your values over the server&apos;s; theirs drops your change of those fields. --field settles one field and may be repeated; --keep applies to the others. Then the outbox is pushed.</source>
        <translation>mine envoie vos valeurs par-dessus celles du serveur&#xa0;; theirs abandonne votre modification de ces champs. --field règle un champ et peut être répété&#xa0;; --keep s&apos;applique aux autres. Ensuite, la boîte d&apos;envoi est envoyée.</translation>
    </message>
    <message>
        <source>Also the changes that were sent.</source>
        <translation>Aussi les modifications déjà envoyées.</translation>
    </message>
    <message>
        <source>mine or theirs, for every conflicting field.</source>
        <translation>mine ou theirs, pour chaque champ en conflit.</translation>
    </message>
    <message>
        <source>NAME=mine or NAME=theirs for one field.</source>
        <translation>NAME=mine ou NAME=theirs pour un champ.</translation>
    </message>
    <message>
        <source>the outbox entry</source>
        <translation>l&apos;entrée de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox entry</source>
        <translation>L&apos;entrée de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>conflict resolve needs --keep mine|theirs (or --field NAME=mine|theirs).</source>
        <translation>conflict resolve attend --keep mine|theirs (ou --field NAME=mine|theirs).</translation>
    </message>
    <message>
        <source>--keep takes mine or theirs, not &quot;%1&quot;.</source>
        <translation>--keep accepte mine ou theirs, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--field takes NAME=mine or NAME=theirs, not &quot;%1&quot;.</source>
        <translation>--field accepte NAME=mine ou NAME=theirs, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The outbox is not used in this run (--no-outbox).</source>
        <translation>La boîte d&apos;envoi n&apos;est pas utilisée pour cette exécution (--no-outbox).</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Le cache hors ligne ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Il n&apos;y a aucun conflit.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <source>sent (the server&apos;s id is %1)</source>
        <translation>envoyée (l&apos;id du serveur est %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>conflict in %1</source>
        <translation>conflit dans %1</translation>
    </message>
    <message>
        <source>still queued: %1</source>
        <translation>toujours en file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3): %4</source>
        <translation>Entrée %1 (%2 %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 failed, %3 conflicts, %4 still queued.</source>
        <translation>Boîte d&apos;envoi&#xa0;: envoyées&#xa0;: %1, en échec&#xa0;: %2, conflits&#xa0;: %3, toujours en file&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The push stopped: %1</source>
        <translation>L&apos;envoi s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes not sent stay queued.</source>
        <translation>Les modifications non envoyées restent en file.</translation>
    </message>
    <message>
        <source>Not every change could be sent; `cwdesk-cli outbox list` shows why.</source>
        <translation>Toutes les modifications n&apos;ont pas pu être envoyées&#xa0;; `cwdesk-cli outbox list` montre pourquoi.</translation>
    </message>
    <message>
        <source>Discarded outbox entry %1.</source>
        <translation>Entrée %1 de la boîte d&apos;envoi abandonnée.</translation>
    </message>
    <message>
        <source>Resolved outbox entry %1.</source>
        <translation>Entrée %1 de la boîte d&apos;envoi réglée.</translation>
    </message>
</context>
<context>
    <name>cw::OutboxEntry</name>
    <message>
        <source>ticket #%1</source>
        <translation>ticket n° %1</translation>
    </message>
    <message>
        <source>note #%1 on ticket #%2</source>
        <translation>note n° %1 du ticket n° %2</translation>
    </message>
    <message>
        <source>task #%1 on ticket #%2</source>
        <translation>tâche n° %1 du ticket n° %2</translation>
    </message>
    <message>
        <source>configuration %1 on ticket #%2</source>
        <translation>configuration %1 du ticket n° %2</translation>
    </message>
    <message>
        <source>record #%1</source>
        <translation>enregistrement n° %1</translation>
    </message>
</context>
<context>
    <name>cw::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Res&amp;olve conflict</source>
        <translation>&amp;Régler le conflit</translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation>Modifications en file</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Conflicting fields: tick to keep your value</source>
        <translation>Champs en conflit&#xa0;: cochez pour garder votre valeur</translation>
    </message>
    <message>
        <source>Field (ticked: keep mine)</source>
        <translation>Champ (coché&#xa0;: garder le mien)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Send the queued changes now</source>
        <translation>Envoyer maintenant les modifications en file</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Abandonner la modification sélectionnée</translation>
    </message>
    <message>
        <source>Resolve the selected conflict with the ticked fields</source>
        <translation>Régler le conflit sélectionné avec les champs cochés</translation>
    </message>
    <message>
        <source>Close the outbox</source>
        <translation>Fermer la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Detach the outbox</source>
        <translation>Détacher la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envoi interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: %L1. Failed: %L2. Conflicts: %L3. Still queued: %L4.</source>
        <translation>Envoyées&#xa0;: %L1. En échec&#xa0;: %L2. Conflits&#xa0;: %L3. Toujours en file&#xa0;: %L4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>operation, record: update ticket #42</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: every change reached the server.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé&#xa0;: chaque modification a atteint le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed the same fields. Tick the fields where your value should win; the others take the server&apos;s value.</source>
        <translation>La copie du serveur a modifié les mêmes champs. Cochez les champs où votre valeur doit l&apos;emporter&#xa0;; les autres prennent la valeur du serveur.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Le serveur a refusé cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The change could not be discarded: %1</source>
        <translation>La modification n&apos;a pas pu être abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>Abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Le conflit n&apos;a pas pu être réglé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolved; the change will be sent with the next sync.</source>
        <translation>Réglé&#xa0;; la modification sera envoyée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>cw::PaneSupport</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::PresentationProxyModel</name>
    <message>
        <source>%1 — Loading…</source>
        <translation>%1 — Chargement…</translation>
    </message>
</context>
<context>
    <name>cw::ProcessHardening</name>
    <message>
        <source>core dumps could not be limited: %1</source>
        <translation>les vidages mémoire n&apos;ont pas pu être limités&#xa0;: %1</translation>
    </message>
    <message>
        <source>the process could not be made undumpable: %1</source>
        <translation>le processus n&apos;a pas pu être protégé contre les vidages mémoire&#xa0;: %1</translation>
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
        <translation>Tester une connexion, l&apos;enregistrer comme profil et garder sa clé privée dans le trousseau.</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s private key from the keychain (--forget: the profile too).</source>
        <translation>Retirer la clé privée d&apos;un profil du trousseau (--forget&#xa0;: le profil aussi).</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>Lister les profils enregistrés.</translation>
    </message>
    <message>
        <source>Takes the connection from --site, --company, --public-key and --client-id (or CWDESK_SITE …), on top of --profile NAME when that profile exists. The private key comes from --private-key-stdin or CWDESK_PRIVATE_KEY, or is asked for on a terminal; it is never a command-line argument.
login looks up the company&apos;s codebase, tests the keys with GET /system/info, saves the profile (named by --profile, else company@site) as the default, and stores the private key in the system keychain. The key is never written to a file: when the keychain is not available, the profile is still saved, login says so and exits with 1, and later runs take the key from CWDESK_PRIVATE_KEY or --private-key-stdin. --no-keychain saves the profile without trying the keychain (exit 0).
Example: printf %s &quot;$KEY&quot; | cwdesk-cli --site na.myconnectwise.net --company acme --public-key pub --private-key-stdin login</source>
        <translation>Prend la connexion dans --site, --company, --public-key et --client-id (ou CWDESK_SITE …), en plus de --profile NAME quand ce profil existe. La clé privée vient de --private-key-stdin ou de CWDESK_PRIVATE_KEY, ou est demandée dans un terminal&#xa0;; ce n&apos;est jamais un argument de la ligne de commande.
login recherche la codebase de la société, teste les clés avec GET /system/info, enregistre le profil (nommé par --profile, sinon société@site) comme profil par défaut et range la clé privée dans le trousseau du système. La clé n&apos;est jamais écrite dans un fichier&#xa0;: si le trousseau n&apos;est pas disponible, le profil est tout de même enregistré, login le signale et se termine avec 1, et les exécutions suivantes prennent la clé dans CWDESK_PRIVATE_KEY ou --private-key-stdin. --no-keychain enregistre le profil sans essayer le trousseau (code de sortie 0).
Exemple&#xa0;: printf %s &quot;$KEY&quot; | cwdesk-cli --site na.myconnectwise.net --company acme --public-key pub --private-key-stdin login</translation>
    </message>
    <message>
        <source>Works on --profile NAME, else the default profile.</source>
        <translation>Agit sur --profile NAME, sinon sur le profil par défaut.</translation>
    </message>
    <message>
        <source>Shows name, site, company, public key and which profile is the default; private keys are never shown.</source>
        <translation>Affiche le nom, le site, la société, la clé publique et le profil par défaut&#xa0;; les clés privées ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Save the profile without storing the private key.</source>
        <translation>Enregistrer le profil sans ranger la clé privée.</translation>
    </message>
    <message>
        <source>Also delete the profile.</source>
        <translation>Supprimer aussi le profil.</translation>
    </message>
    <message>
        <source>Private key for %1 (not shown): </source>
        <translation>Clé privée pour %1 (non affichée)&#xa0;: </translation>
    </message>
    <message>
        <source>login needs the private key: pipe it in with --private-key-stdin, set CWDESK_PRIVATE_KEY, or run login on a terminal to be asked for it.</source>
        <translation>login a besoin de la clé privée&#xa0;: transmettez-la avec --private-key-stdin, définissez CWDESK_PRIVATE_KEY, ou lancez login dans un terminal pour qu&apos;elle soit demandée.</translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation>La clé privée est vide.</translation>
    </message>
    <message>
        <source>The connection works, but the profile could not be saved.</source>
        <translation>La connexion fonctionne, mais le profil n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Signed in. Saved the profile &quot;%1&quot; (the default now) without its private key; give the key with CWDESK_PRIVATE_KEY or --private-key-stdin.</source>
        <translation>Connecté. Le profil «&#xa0;%1&#xa0;» (désormais par défaut) a été enregistré sans sa clé privée&#xa0;; fournissez la clé avec CWDESK_PRIVATE_KEY ou --private-key-stdin.</translation>
    </message>
    <message>
        <source>Signed in and saved the profile &quot;%1&quot;, but its private key could not be stored in the keychain.</source>
        <translation>Connecté et profil «&#xa0;%1&#xa0;» enregistré, mais sa clé privée n&apos;a pas pu être rangée dans le trousseau.</translation>
    </message>
    <message>
        <source>Nothing was written to a file. Give the key with CWDESK_PRIVATE_KEY or --private-key-stdin, or run login again when the keychain works.</source>
        <translation>Rien n&apos;a été écrit dans un fichier. Fournissez la clé avec CWDESK_PRIVATE_KEY ou --private-key-stdin, ou relancez login quand le trousseau fonctionne.</translation>
    </message>
    <message>
        <source>Signed in. Saved the profile &quot;%1&quot; (the default now); its private key is in the system keychain.</source>
        <translation>Connecté. Le profil «&#xa0;%1&#xa0;» a été enregistré (désormais par défaut)&#xa0;; sa clé privée est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>There is no default profile; name one with --profile.</source>
        <translation>Il n&apos;y a pas de profil par défaut&#xa0;; indiquez-en un avec --profile.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;. `cwdesk-cli profiles` lists them.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;». `cwdesk-cli profiles` les liste.</translation>
    </message>
    <message>
        <source>The private key of &quot;%1&quot; could not be removed from the keychain.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» n&apos;a pas pu être retirée du trousseau.</translation>
    </message>
    <message>
        <source>Removed the private key of &quot;%1&quot;, but not the profile.</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» a été retirée, mais pas le profil.</translation>
    </message>
    <message>
        <source>Signed out: removed the private key and the profile &quot;%1&quot;.</source>
        <translation>Déconnecté&#xa0;: la clé privée et le profil «&#xa0;%1&#xa0;» ont été retirés.</translation>
    </message>
    <message>
        <source>Signed out: removed the private key of &quot;%1&quot; from the keychain; the profile stays (--forget removes it).</source>
        <translation>Déconnecté&#xa0;: la clé privée de «&#xa0;%1&#xa0;» a été retirée du trousseau&#xa0;; le profil reste (--forget le retire).</translation>
    </message>
</context>
<context>
    <name>cw::ProfileStore</name>
    <message>
        <source>A connection needs a name, a site or a company before it can be saved.</source>
        <translation>Une connexion a besoin d&apos;un nom, d&apos;un site ou d&apos;une société avant de pouvoir être enregistrée.</translation>
    </message>
    <message>
        <source>There is no saved connection named %1.</source>
        <translation>Aucune connexion enregistrée ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>The saved connections in %1 could not be read: %2.</source>
        <translation>Les connexions enregistrées dans %1 n&apos;ont pas pu être lues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file is far too large</source>
        <translation>le fichier est beaucoup trop volumineux</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>it does not hold a list of connections</source>
        <translation>il ne contient pas de liste de connexions</translation>
    </message>
    <message>
        <source>The saved connections in %1 were written by a newer version of CW Desk. Update CW Desk to use or change them.</source>
        <translation>Les connexions enregistrées dans %1 ont été écrites par une version plus récente de CW Desk. Mettez CW Desk à jour pour les utiliser ou les modifier.</translation>
    </message>
    <message>
        <source>The saved connections in %1 are damaged (%2) and could not be moved aside. Move or delete the file, then try again.</source>
        <translation>Les connexions enregistrées dans %1 sont endommagées (%2) et n&apos;ont pas pu être mises de côté. Déplacez ou supprimez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>The saved connections in %1 were damaged (%2). The file was kept as %3; add your connections again (their private keys are still in the system keychain).</source>
        <translation>Les connexions enregistrées dans %1 étaient endommagées (%2). Le fichier a été conservé sous %3&#xa0;; ajoutez de nouveau vos connexions (leurs clés privées sont toujours dans le trousseau du système).</translation>
    </message>
    <message>
        <source>The folder %1 for the saved connections could not be created.</source>
        <translation>Le dossier %1 des connexions enregistrées n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The folder %1 for the saved connections could not be made private.</source>
        <translation>Le dossier %1 des connexions enregistrées n&apos;a pas pu être rendu privé.</translation>
    </message>
    <message>
        <source>The saved connections could not be written to %1: %2.</source>
        <translation>Les connexions enregistrées n&apos;ont pas pu être écrites dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The saved connections could not be written to %1: its permissions could not be restricted to you.</source>
        <translation>Les connexions enregistrées n&apos;ont pas pu être écrites dans %1&#xa0;: ses permissions n&apos;ont pas pu être restreintes à vous seul.</translation>
    </message>
</context>
<context>
    <name>cw::ProgressBar</name>
    <message>
        <source>%L1 of %L2 %3</source>
        <translation>%L1 sur %L2 %3</translation>
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
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Conditions, e.g. status/name = &quot;New&quot; and priority/name like &quot;High%&quot;</source>
        <translation>Conditions, p. ex. status/name = &quot;New&quot; and priority/name like &quot;High%&quot;</translation>
    </message>
    <message>
        <source>ConnectWise conditions. Up and Down recall earlier queries; Return applies; completion offers fields and known names.</source>
        <translation>Conditions ConnectWise. Haut et Bas rappellent les requêtes précédentes&#xa0;; Entrée applique&#xa0;; la complétion propose les champs et les noms connus.</translation>
    </message>
    <message>
        <source>Search the &amp;server</source>
        <translation>Rechercher sur le &amp;serveur</translation>
    </message>
    <message>
        <source>Search the server</source>
        <translation>Rechercher sur le serveur</translation>
    </message>
    <message>
        <source>Send the conditions to the server (finds tickets not in the cache)</source>
        <translation>Envoyer les conditions au serveur (trouve les tickets absents du cache)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Recherche rapide</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Complétions</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>cw::RecordJob</name>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON était attendu</translation>
    </message>
</context>
<context>
    <name>cw::RecordListing</name>
    <message>
        <source>Only records that match EXPR, in ConnectWise&apos;s conditions language, e.g. &apos;status/name=&quot;New&quot; and board/name=&quot;Service Desk&quot;&apos;.</source>
        <translation>Uniquement les enregistrements qui correspondent à EXPR, dans le langage de conditions de ConnectWise, p. ex. &apos;status/name=&quot;New&quot; and board/name=&quot;Service Desk&quot;&apos;.</translation>
    </message>
    <message>
        <source>Sort order, e.g. &apos;id desc&apos; or &apos;priority/sort, id&apos;.</source>
        <translation>Ordre de tri, p. ex. &apos;id desc&apos; ou &apos;priority/sort, id&apos;.</translation>
    </message>
    <message>
        <source>Only these fields, comma-separated (nested with / or .); they become the columns of a table or CSV, and JSON records hold only them.</source>
        <translation>Uniquement ces champs, séparés par des virgules (imbriqués avec / ou .)&#xa0;; ils deviennent les colonnes d&apos;un tableau ou d&apos;un CSV, et les enregistrements JSON ne contiennent qu&apos;eux.</translation>
    </message>
    <message>
        <source>Records per page (1-1000; default 25 for one page, 1000 with --all).</source>
        <translation>Enregistrements par page (1-1000&#xa0;; 25 par défaut pour une page, 1000 avec --all).</translation>
    </message>
    <message>
        <source>Which page to show (default 1).</source>
        <translation>Page à afficher (1 par défaut).</translation>
    </message>
    <message>
        <source>Every matching record: all pages, several at a time, with progress on a terminal.</source>
        <translation>Chaque enregistrement correspondant&#xa0;: toutes les pages, plusieurs à la fois, avec la progression dans un terminal.</translation>
    </message>
    <message>
        <source>--fields needs at least one field name.</source>
        <translation>--fields attend au moins un nom de champ.</translation>
    </message>
    <message>
        <source>--%1 must be a number from %L2 to %L3.</source>
        <translation>--%1 doit être un nombre de %L2 à %L3.</translation>
    </message>
    <message>
        <source>--all and --page do not go together.</source>
        <translation>--all et --page ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>Page %L1 of %L2. --all lists every record, --page N another page.</source>
        <translation>Page %L1 sur %L2. --all liste tous les enregistrements, --page N une autre page.</translation>
    </message>
</context>
<context>
    <name>cw::ReferencePicker</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>cw::ReferenceResolver</name>
    <message>
        <source>There is no %1 named &quot;%2&quot;%3.</source>
        <translation>Introuvable&#xa0;: %1 «&#xa0;%2&#xa0;»%3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one %2%3; give the id instead.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs éléments de type %2%3&#xa0;; indiquez plutôt l&apos;id.</translation>
    </message>
</context>
<context>
    <name>cw::SavedViews</name>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Breaching SLA</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Ouverts sur %1</translation>
    </message>
</context>
<context>
    <name>cw::SearchCommand</name>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Search tickets, notes and articles in the offline cache.</source>
        <translation>Rechercher des tickets, notes et articles dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>Show at most N hits (default 50).</source>
        <translation>Afficher au plus N résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>search needs the TEXT to look for.</source>
        <translation>search attend le TEXTE à rechercher.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit doit être un nombre positif.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Le cache hors ligne ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::SecretJob</name>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>No private key is saved in the system keychain for this connection (%1). Enter the private key to sign in; it is saved again.</source>
        <translation>Aucune clé privée n&apos;est enregistrée dans le trousseau du système pour cette connexion (%1). Saisissez la clé privée pour vous connecter&#xa0;; elle sera de nouveau enregistrée.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Start a Secret Service provider such as GNOME Keyring or KWallet, or give the key with CWDESK_PRIVATE_KEY / --private-key-stdin.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Démarrez un fournisseur Secret Service comme GNOME Keyring ou KWallet, ou fournissez la clé avec CWDESK_PRIVATE_KEY / --private-key-stdin.</translation>
    </message>
    <message>
        <source>CW Desk may not use the system keychain (%1). Unlock the keychain, or allow CW Desk when the keychain asks, then try again.</source>
        <translation>CW Desk n&apos;a pas le droit d&apos;utiliser le trousseau du système (%1). Déverrouillez le trousseau, ou autorisez CW Desk quand le trousseau le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The private key could not be read from the system keychain (%1). Try again; if it keeps failing, enter the private key to sign in.</source>
        <translation>La clé privée n&apos;a pas pu être lue dans le trousseau du système (%1). Réessayez&#xa0;; si l&apos;échec persiste, saisissez la clé privée pour vous connecter.</translation>
    </message>
    <message>
        <source>The private key could not be saved in the system keychain (%1). Check that the keychain is unlocked, then try again.</source>
        <translation>La clé privée n&apos;a pas pu être enregistrée dans le trousseau du système (%1). Vérifiez que le trousseau est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>The private key could not be removed from the system keychain (%1). Remove the CW Desk entry with your keychain manager, for example Seahorse or KWalletManager.</source>
        <translation>La clé privée n&apos;a pas pu être retirée du trousseau du système (%1). Retirez l&apos;entrée de CW Desk avec votre gestionnaire de trousseau, par exemple Seahorse ou KWalletManager.</translation>
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
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant&#xa0;:</translation>
    </message>
    <message>
        <source>Met:</source>
        <translation>Respecté&#xa0;:</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Aucun SLA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation>Répondre avant %1</translation>
    </message>
    <message>
        <source>Plan by %1</source>
        <translation>Planifier avant %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Résoudre avant %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Breached %1 ago</source>
        <translation>Dépassé depuis %1</translation>
    </message>
    <message>
        <source>responded %1</source>
        <translation>répondu %1</translation>
    </message>
    <message>
        <source>plan set %1</source>
        <translation>planifié %1</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>résolu %1</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Offline: as of the last sync, %1.</source>
        <translation>Hors ligne&#xa0;: état de la dernière synchronisation, %1.</translation>
    </message>
    <message>
        <source>Offline: as of the last sync.</source>
        <translation>Hors ligne&#xa0;: état de la dernière synchronisation.</translation>
    </message>
</context>
<context>
    <name>cw::SlaState</name>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>%1 · %2 (breached)</source>
        <translation>%1 · %2 (dépassé)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>cw::SyncCommand</name>
    <message>
        <source>Bring the offline cache up to date.</source>
        <translation>Mettre le cache hors ligne à jour.</translation>
    </message>
    <message>
        <source>The first run fetches lookups, boards, members, companies, contacts and the tickets of the boards (open ones and those closed in the last --closed-days); later runs fetch only what changed. --full fetches everything again and removes what the server no longer has.</source>
        <translation>La première exécution récupère les listes de référence, les boards, les membres, les sociétés, les contacts et les tickets des boards (ouverts et fermés au cours des --closed-days derniers jours)&#xa0;; les suivantes ne récupèrent que ce qui a changé. --full récupère tout de nouveau et retire ce que le serveur n&apos;a plus.</translation>
    </message>
    <message>
        <source>Fetch everything again, then look for deleted tickets.</source>
        <translation>Tout récupérer de nouveau, puis chercher les tickets supprimés.</translation>
    </message>
    <message>
        <source>Keep the tickets of board ID (repeatable; default: all boards).</source>
        <translation>Garder les tickets du board ID (répétable&#xa0;; par défaut&#xa0;: tous les boards).</translation>
    </message>
    <message>
        <source>Keep tickets closed in the last N days (default 30).</source>
        <translation>Garder les tickets fermés au cours des N derniers jours (30 par défaut).</translation>
    </message>
    <message>
        <source>The board ID</source>
        <translation>L&apos;ID du board</translation>
    </message>
    <message>
        <source>--closed-days must be a number of days.</source>
        <translation>--closed-days doit être un nombre de jours.</translation>
    </message>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Le cache hors ligne ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::SyncEngine</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Le cache hors ligne n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The offline cache could not store the records: %1</source>
        <translation>Le cache hors ligne n&apos;a pas pu stocker les enregistrements&#xa0;: %1</translation>
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
        <translation>Tickets supprimés</translation>
    </message>
    <message>
        <source>Notes and tasks</source>
        <translation>Notes et tâches</translation>
    </message>
</context>
<context>
    <name>cw::SyncSummary</name>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>configuration links</source>
        <translation>liens de configuration</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>boards</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>subtypes</source>
        <translation>sous-types</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>équipes</translation>
    </message>
    <message>
        <source>priorities</source>
        <translation>priorités</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>sociétés</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>configurations</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>%1: %L2 added, %L3 changed, %L4 removed
</source>
        <translation>%1&#xa0;: ajouts&#xa0;: %L2, modifications&#xa0;: %L3, suppressions&#xa0;: %L4
</translation>
    </message>
    <message>
        <source>%1 sync done in %L2 s: %L3 added, %L4 changed, %L5 removed%6
</source>
        <translation>Synchronisation (%1) terminée en %L2 s&#xa0;: ajouts&#xa0;: %L3, modifications&#xa0;: %L4, suppressions&#xa0;: %L5%6
</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <source> (deletions checked)</source>
        <translation> (suppressions vérifiées)</translation>
    </message>
    <message>
        <source>The ticket listing went on after ticket #%1, where an earlier run stopped.
</source>
        <translation>La liste des tickets a repris après le ticket n° %1, où une exécution précédente s’était arrêtée.
</translation>
    </message>
</context>
<context>
    <name>cw::TasksPane</name>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>%1 ⚠ refused: %2</source>
        <translation>%1 ⚠ refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Add Task</source>
        <translation>&amp;Ajouter la tâche</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Task checklist</source>
        <translation>Liste de contrôle des tâches</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>New task… (Enter adds it)</source>
        <translation>Nouvelle tâche… (Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Edit the selected task (F2)</source>
        <translation>Modifier la tâche sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>Supprimer la tâche sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation>Monter la tâche</translation>
    </message>
    <message>
        <source>Move the selected task up (Ctrl+Up)</source>
        <translation>Monter la tâche sélectionnée (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation>Descendre la tâche</translation>
    </message>
    <message>
        <source>Move the selected task down (Ctrl+Down)</source>
        <translation>Descendre la tâche sélectionnée (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>&amp;Save Task</source>
        <translation>&amp;Enregistrer la tâche</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>cw::Terminal</name>
    <message>
        <source>y</source>
        <comment>the short yes of a [y/N] question</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a [y/N] question</comment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>cw::TicketChange</name>
    <message>
        <source>Set the ticket&apos;s board before its %1.</source>
        <translation>Définissez le board du ticket avant son champ %1.</translation>
    </message>
    <message>
        <source>on board %1</source>
        <translation>sur le board %1</translation>
    </message>
    <message>
        <source>Set the ticket&apos;s company before its site.</source>
        <translation>Définissez la société du ticket avant son site.</translation>
    </message>
    <message>
        <source>at company %1</source>
        <translation>dans la société %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>emplacement de service</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1.%2 cannot be set; a %1 is set by id or name: %3.</source>
        <translation>%1.%2 ne peut pas être défini&#xa0;; %1 se définit par id ou par nom&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Le ticket n° %1 n&apos;est pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); the change is made to the cached copy of ticket #%2.</source>
        <translation>Le serveur est injoignable (%1)&#xa0;; la modification est faite sur la copie en cache du ticket n° %2.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs a value: an id or a name (or null to clear it).</source>
        <translation>%1 attend une valeur&#xa0;: un id ou un nom (ou null pour l&apos;effacer).</translation>
    </message>
    <message>
        <source>Ticket #%1 has no custom fields.</source>
        <translation>Le ticket n° %1 n&apos;a pas de champs personnalisés.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no custom field &quot;%2&quot;; it has: %3.</source>
        <translation>Le ticket n° %1 n&apos;a pas de champ personnalisé «&#xa0;%2&#xa0;»&#xa0;; il a&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; takes a number, not &quot;%2&quot;.</source>
        <translation>Le champ personnalisé «&#xa0;%1&#xa0;» attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; takes true or false, not &quot;%2&quot;.</source>
        <translation>Le champ personnalisé «&#xa0;%1&#xa0;» attend true ou false, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No custom fields are known yet: sync once, so that the cache has tickets that carry them.</source>
        <translation>Aucun champ personnalisé n’est encore connu : synchronisez une fois, pour que le cache contienne des tickets qui les portent.</translation>
    </message>
    <message>
        <source>There is no custom field &quot;%1&quot;; tickets have: %2.</source>
        <translation>Il n’y a pas de champ personnalisé « %1 » ; les tickets ont : %2.</translation>
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
        <translation>Afficher un ticket.</translation>
    </message>
    <message>
        <source>Create a ticket.</source>
        <translation>Créer un ticket.</translation>
    </message>
    <message>
        <source>Change fields of a ticket (only what changed is sent).</source>
        <translation>Modifier des champs d&apos;un ticket (seul ce qui a changé est envoyé).</translation>
    </message>
    <message>
        <source>Delete a ticket.</source>
        <translation>Supprimer un ticket.</translation>
    </message>
    <message>
        <source>FIELD=VALUE sets a field. VALUE is JSON when it parses as JSON (42, 2.5, true, false, null, &quot;text&quot;), otherwise text; a field that holds text keeps text (summary=2024 stays a string). Nested fields use dots (a.b=1).
References take an id or a name and are sent as {&quot;id&quot;: N}: %1. Examples: status.name=&quot;In Progress&quot;, status=&quot;In Progress&quot;, status.id=12, owner.identifier=jdoe, owner.name=&quot;Aisha Flores&quot;, company.identifier=Acme, contact.name=&quot;Hannah Perez&quot;, priority.name=&quot;Priority 2 - Quick Response&quot;. Statuses, types, subtypes, items and teams are looked up on the ticket&apos;s board (its new board when board is set too), sites and contacts in its company. FIELD=null clears a field.
Custom fields by caption or id: customField.Region=North, &apos;customField.Outage ID=4711&apos; (cf. is short for customField.); the value is converted to the field&apos;s type.</source>
        <translation>FIELD=VALUE définit un champ. VALUE est du JSON s&apos;il se lit comme du JSON (42, 2.5, true, false, null, &quot;text&quot;), sinon du texte&#xa0;; un champ qui contient du texte garde du texte (summary=2024 reste une chaîne). Les champs imbriqués utilisent des points (a.b=1).
Les références prennent un id ou un nom et sont envoyées sous la forme {&quot;id&quot;: N}&#xa0;: %1. Exemples&#xa0;: status.name=&quot;In Progress&quot;, status=&quot;In Progress&quot;, status.id=12, owner.identifier=jdoe, owner.name=&quot;Aisha Flores&quot;, company.identifier=Acme, contact.name=&quot;Hannah Perez&quot;, priority.name=&quot;Priority 2 - Quick Response&quot;. Les statuts, types, sous-types, éléments et équipes sont recherchés sur le board du ticket (son nouveau board si board est aussi défini), les sites et contacts dans sa société. FIELD=null efface un champ.
Champs personnalisés par libellé ou par id&#xa0;: customField.Region=North, &apos;customField.Outage ID=4711&apos; (cf. abrège customField.)&#xa0;; la valeur est convertie dans le type du champ.</translation>
    </message>
    <message>
        <source>The table shows the main fields and the custom fields that have a value; --format json prints the ticket exactly as the server sent it.</source>
        <translation>Le tableau affiche les champs principaux et les champs personnalisés qui ont une valeur&#xa0;; --format json affiche le ticket exactement tel que le serveur l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>On a terminal it asks first, unless --yes is given; in scripts it does not ask.</source>
        <translation>Dans un terminal, une confirmation est d&apos;abord demandée, sauf avec --yes&#xa0;; dans les scripts, rien n&apos;est demandé.</translation>
    </message>
    <message>
        <source>The board: id or name (required).</source>
        <translation>Le board&#xa0;: id ou nom (obligatoire).</translation>
    </message>
    <message>
        <source>The company: id, identifier or name (required).</source>
        <translation>La société&#xa0;: id, identifiant ou nom (obligatoire).</translation>
    </message>
    <message>
        <source>The summary (required).</source>
        <translation>Le résumé (obligatoire).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>l&apos;ID du ticket</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>L&apos;ID du ticket</translation>
    </message>
    <message>
        <source>ticket create needs %1.</source>
        <translation>ticket create attend %1.</translation>
    </message>
    <message>
        <source>Usage: cwdesk-cli ticket create %1</source>
        <translation>Usage&#xa0;: cwdesk-cli ticket create %1</translation>
    </message>
    <message>
        <source>ticket update needs at least one FIELD=VALUE, for example status.name=&quot;In Progress&quot;.</source>
        <translation>ticket update attend au moins un FIELD=VALUE, par exemple status.name=&quot;In Progress&quot;.</translation>
    </message>
    <message>
        <source>Custom fields are set after the ticket exists: create it, then run `ticket update ID %1`.</source>
        <translation>Les champs personnalisés se définissent une fois le ticket créé&#xa0;: créez-le, puis lancez `ticket update ID %1`.</translation>
    </message>
    <message>
        <source>Created ticket #%1.</source>
        <translation>Ticket n° %1 créé.</translation>
    </message>
    <message>
        <source>Deleted ticket #%1.</source>
        <translation>Ticket n° %1 supprimé.</translation>
    </message>
    <message>
        <source>Delete ticket #%1 &quot;%2&quot;? [y/N] </source>
        <translation>Supprimer le ticket n° %1 «&#xa0;%2&#xa0;»&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>BOARD is a board&apos;s id or name; COMPANY a company&apos;s id, identifier or name. (--company after `ticket create` is the ticket&apos;s company; the connection&apos;s company goes before `ticket` or in CWDESK_COMPANY.)
%1
Prints the new ticket (--format json | jq .id gives its id).
Example: cwdesk-cli ticket create --board &quot;Service Desk&quot; --company Acme --summary &quot;Printer offline&quot; status.name=New owner.identifier=jdoe</source>
        <comment>%1: the paragraphs on FIELD=VALUE</comment>
        <translation>BOARD est l&apos;id ou le nom d&apos;un board&#xa0;; COMPANY l&apos;id, l&apos;identifiant ou le nom d&apos;une société. (--company après `ticket create` est la société du ticket&#xa0;; celle de la connexion se place avant `ticket` ou dans CWDESK_COMPANY.)
%1
Affiche le nouveau ticket (--format json | jq .id donne son id).
Exemple&#xa0;: cwdesk-cli ticket create --board &quot;Service Desk&quot; --company Acme --summary &quot;Printer offline&quot; status.name=New owner.identifier=jdoe</translation>
    </message>
    <message>
        <source>%1
The ticket is read first; a PATCH carries only the fields that changed. Prints the updated ticket.
Example: cwdesk-cli ticket update 10001 status.name=&quot;In Progress&quot; owner.identifier=jdoe customField.Region=North</source>
        <comment>%1: the paragraphs on FIELD=VALUE</comment>
        <translation>%1
Le ticket est lu d&apos;abord&#xa0;; un PATCH ne contient que les champs modifiés. Affiche le ticket mis à jour.
Exemple&#xa0;: cwdesk-cli ticket update 10001 status.name=&quot;In Progress&quot; owner.identifier=jdoe customField.Region=North</translation>
    </message>
</context>
<context>
    <name>cw::TicketConfigurationModel</name>
    <message>
        <source>Configuration %1</source>
        <translation>Configuration %1</translation>
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
        <translation>Détails du ticket</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board&#xa0;:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Le ticket n° %1 n&apos;est pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>No ticket selected.</source>
        <translation>Aucun ticket sélectionné.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Notes, tasks and configurations</source>
        <translation>Notes, tâches et configurations</translation>
    </message>
    <message>
        <source>Ticket panes</source>
        <translation>Volets du ticket</translation>
    </message>
</context>
<context>
    <name>cw::TicketDispatcher</name>
    <message>
        <source>Ticket #%1 is not in the offline cache.</source>
        <translation>Le ticket n° %1 n&apos;est pas dans le cache hors ligne.</translation>
    </message>
    <message>
        <source>Ticket #%1 was saved.</source>
        <translation>Le ticket n° %1 a été enregistré.</translation>
    </message>
    <message>
        <source>Ticket #%1 waits in the outbox: %2</source>
        <translation>Le ticket n° %1 attend dans la boîte d&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ticket #%1 was not changed: %2</source>
        <translation>Le ticket n° %1 n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cw::TicketEditModel</name>
    <message>
        <source>subtype</source>
        <translation>sous-type</translation>
    </message>
    <message>
        <source>service location</source>
        <translation>emplacement de service</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change custom field</source>
        <translation>Modifier le champ personnalisé</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Not a %1 of board %2: choose another.</source>
        <translation>Pas un élément de type %1 du board %2&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Not a %1 of company %2: choose another.</source>
        <translation>Pas un élément de type %1 de la société %2&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A new ticket needs a board.</source>
        <translation>Un nouveau ticket a besoin d&apos;un board.</translation>
    </message>
    <message>
        <source>A new ticket needs a company.</source>
        <translation>Un nouveau ticket a besoin d&apos;une société.</translation>
    </message>
    <message>
        <source>A new ticket needs a summary.</source>
        <translation>Un nouveau ticket a besoin d&apos;un résumé.</translation>
    </message>
    <message>
        <source>Fill in the fields marked.</source>
        <translation>Remplissez les champs signalés.</translation>
    </message>
    <message>
        <source>The server refused some fields.</source>
        <translation>Le serveur a refusé certains champs.</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed meanwhile: %1.</source>
        <translation>La copie du serveur a changé entre-temps&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>New ticket · %1</source>
        <translation>Nouveau ticket · %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cw::TicketEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Send what changed (Ctrl+S); offline it waits in the outbox</source>
        <translation>Envoyer ce qui a changé (Ctrl+S)&#xa0;; hors ligne, cela attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Back to the ticket as loaded</source>
        <translation>Revenir au ticket tel que chargé</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Ticket fields</source>
        <translation>Champs du ticket</translation>
    </message>
    <message>
        <source>Ticket panes</source>
        <translation>Volets du ticket</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>unsaved</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (en attente)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The server&apos;s copy changed meanwhile, in fields you changed too: choose below which to keep.</source>
        <translation>La copie du serveur a changé entre-temps, dans des champs que vous avez aussi modifiés&#xa0;: choisissez ci-dessous ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <source>The server refused the change: see the marked fields.</source>
        <translation>Le serveur a refusé la modification&#xa0;: voir les champs signalés.</translation>
    </message>
    <message>
        <source>Unsaved changes: %1.</source>
        <translation>Modifications non enregistrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pending: waiting in the outbox until the server accepts it. %1</source>
        <translation>En attente&#xa0;: dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur l&apos;accepte. %1</translation>
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
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Service ticket</source>
        <translation>Ticket de service</translation>
    </message>
    <message>
        <source>Project ticket</source>
        <translation>Ticket de projet</translation>
    </message>
    <message>
        <source>Project issue</source>
        <translation>Problème de projet</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>Type d&apos;enre&amp;gistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;btype:</source>
        <translation>So&amp;us-type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>Élé&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;iorité&#xa0;:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Sour&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>Service &amp;location:</source>
        <translation>Emp&amp;lacement de service&#xa0;:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Re&amp;quired by:</source>
        <translation>Re&amp;quis pour le&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Bud&amp;get hours:</source>
        <translation>Heures &amp;budgétées&#xa0;:</translation>
    </message>
    <message>
        <source>Imp&amp;act:</source>
        <translation>Imp&amp;act&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vité&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>P&amp;O number:</source>
        <translation>Numéro de bon de c&amp;ommande&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation>Référence e&amp;xterne&#xa0;:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculés</translation>
    </message>
    <message>
        <source>Responded:</source>
        <translation>Répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Plan set:</source>
        <translation>Planifié&#xa0;:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolu&#xa0;:</translation>
    </message>
    <message>
        <source>Actual hours:</source>
        <translation>Heures réelles&#xa0;:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources&#xa0;:</translation>
    </message>
    <message>
        <source>Entered:</source>
        <translation>Saisi&#xa0;:</translation>
    </message>
    <message>
        <source>Entered by:</source>
        <translation>Saisi par&#xa0;:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Dernière mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Updated by:</source>
        <translation>Mis à jour par&#xa0;:</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Aucune adresse</translation>
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
        <translation>Aucune configuration «&#xa0;%1&#xa0;» n&apos;est rattachée au ticket n° %2.</translation>
    </message>
    <message>
        <source>Only notes and tasks can be edited here.</source>
        <translation>Seules les notes et les tâches peuvent être modifiées ici.</translation>
    </message>
    <message>
        <source>Only notes and tasks can be deleted here.</source>
        <translation>Seules les notes et les tâches peuvent être supprimées ici.</translation>
    </message>
    <message>
        <source>Tasks are reordered through the offline cache, which is not available.</source>
        <translation>Les tâches sont réordonnées au moyen du cache hors ligne, qui n&apos;est pas disponible.</translation>
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
        <translation>Ajouter une note à un ticket.</translation>
    </message>
    <message>
        <source>Add a task to a ticket.</source>
        <translation>Ajouter une tâche à un ticket.</translation>
    </message>
    <message>
        <source>Mark a task of a ticket as done.</source>
        <translation>Marquer une tâche d&apos;un ticket comme terminée.</translation>
    </message>
    <message>
        <source>Attach a configuration to a ticket.</source>
        <translation>Rattacher une configuration à un ticket.</translation>
    </message>
    <message>
        <source>Detach a configuration from a ticket.</source>
        <translation>Détacher une configuration d&apos;un ticket.</translation>
    </message>
    <message>
        <source>A note is a discussion note unless --internal or --resolution says otherwise (--discussion adds the discussion flag to those). --text - reads the text from standard input.
Prints the new note.</source>
        <translation>Une note est une note de discussion sauf si --internal ou --resolution en décide autrement (--discussion leur ajoute l&apos;indicateur de discussion). --text - lit le texte sur l&apos;entrée standard.
Affiche la nouvelle note.</translation>
    </message>
    <message>
        <source>Prints the new task.</source>
        <translation>Affiche la nouvelle tâche.</translation>
    </message>
    <message>
        <source>Prints the task as the server has it now.</source>
        <translation>Affiche la tâche telle que le serveur l&apos;a maintenant.</translation>
    </message>
    <message>
        <source>CONFIGURATION is the configuration&apos;s id or its device identifier (e.g. RTC-FW01).</source>
        <translation>CONFIGURATION est l&apos;id de la configuration ou son identifiant d&apos;appareil (p. ex. RTC-FW01).</translation>
    </message>
    <message>
        <source>The note&apos;s text; - reads it from standard input.</source>
        <translation>Le texte de la note&#xa0;; - le lit sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>An internal note (internal analysis).</source>
        <translation>Une note interne (analyse interne).</translation>
    </message>
    <message>
        <source>A resolution note.</source>
        <translation>Une note de résolution.</translation>
    </message>
    <message>
        <source>Also a discussion note (the default without the other two).</source>
        <translation>Aussi une note de discussion (le défaut sans les deux autres).</translation>
    </message>
    <message>
        <source>What is to be done (required).</source>
        <translation>Ce qu&apos;il faut faire (obligatoire).</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>Un titre court.</translation>
    </message>
    <message>
        <source>How it was done.</source>
        <translation>Comment cela a été fait.</translation>
    </message>
    <message>
        <source>the ticket ID</source>
        <translation>l&apos;ID du ticket</translation>
    </message>
    <message>
        <source>The ticket ID</source>
        <translation>L&apos;ID du ticket</translation>
    </message>
    <message>
        <source>note add needs --text (or --text - to read standard input).</source>
        <translation>note add attend --text (ou --text - pour lire l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>--text - and --private-key-stdin cannot both read standard input.</source>
        <translation>--text - et --private-key-stdin ne peuvent pas lire tous deux l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The note&apos;s text is empty.</source>
        <translation>Le texte de la note est vide.</translation>
    </message>
    <message>
        <source>task add needs --notes TEXT.</source>
        <translation>task add attend --notes TEXT.</translation>
    </message>
    <message>
        <source>the task ID</source>
        <translation>l&apos;ID de la tâche</translation>
    </message>
    <message>
        <source>The task ID</source>
        <translation>L&apos;ID de la tâche</translation>
    </message>
    <message>
        <source>the configuration (id or device identifier)</source>
        <translation>la configuration (id ou identifiant d&apos;appareil)</translation>
    </message>
    <message>
        <source>Detached configuration %1 from ticket #%2.</source>
        <translation>Configuration %1 détachée du ticket n° %2.</translation>
    </message>
</context>
<context>
    <name>cw::TicketItemModel</name>
    <message>
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <source>Changed on the server too: %1.</source>
        <translation>Également modifié sur le serveur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>cw::TicketListModel</name>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
</context>
<context>
    <name>cw::TicketSearch</name>
    <message>
        <source>The server cannot be reached: only the offline cache can be searched now.</source>
        <translation>Le serveur est injoignable&#xa0;: seul le cache hors ligne peut être interrogé pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>cw::TicketTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
</context>
<context>
    <name>cwdesk</name>
    <message>
        <source>cwdesk: could not write the screenshot %1</source>
        <translation>cwdesk&#xa0;: impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
    <message>
        <source>CW Desk, a desktop client for the ConnectWise Manage Service API.</source>
        <translation>CW Desk, un client de bureau pour l&apos;API Service de ConnectWise Manage.</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox with generated demo data.</source>
        <translation>Démarrer avec le sandbox intégré et des données de démonstration générées.</translation>
    </message>
    <message>
        <source>Render the main window to &lt;file&gt; (PNG) once the first board&apos;s tickets are shown, then exit.</source>
        <translation>Rendre la fenêtre principale dans &lt;file&gt; (PNG) dès que les tickets du premier board s&apos;affichent, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt; (CWDESK_PROFILE).</source>
        <translation>Utiliser le profil enregistré &lt;name&gt; (CWDESK_PROFILE).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read profiles.json from &lt;dir&gt; (CWDESK_CONFIG_DIR).</source>
        <translation>Lire profiles.json dans &lt;dir&gt; (CWDESK_CONFIG_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The ConnectWise site, e.g. na.myconnectwise.net (CWDESK_SITE).</source>
        <translation>Le site ConnectWise, p. ex. na.myconnectwise.net (CWDESK_SITE).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>The company ID (CWDESK_COMPANY).</source>
        <translation>L&apos;ID de société (CWDESK_COMPANY).</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>The API member&apos;s public key (CWDESK_PUBLIC_KEY); the private key comes from CWDESK_PRIVATE_KEY or the keychain.</source>
        <translation>La clé publique du membre API (CWDESK_PUBLIC_KEY)&#xa0;; la clé privée vient de CWDESK_PRIVATE_KEY ou du trousseau.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>The integration&apos;s client id (CWDESK_CLIENT_ID).</source>
        <translation>L&apos;ID client de l&apos;intégration (CWDESK_CLIENT_ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (CWDESK_TRUST_FINGERPRINT).</source>
        <translation>Accepter le certificat du serveur qui a cette empreinte SHA-256 (CWDESK_TRUST_FINGERPRINT).</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Keep the offline cache in &lt;file&gt; (CWDESK_CACHE).</source>
        <translation>Garder le cache hors ligne dans &lt;file&gt; (CWDESK_CACHE).</translation>
    </message>
    <message>
        <source>Never talk to the server: show the offline cache and queue changes.</source>
        <translation>Ne jamais contacter le serveur&#xa0;: afficher le cache hors ligne et mettre les modifications en file.</translation>
    </message>
    <message>
        <source>cwdesk: cannot create %1</source>
        <translation>cwdesk&#xa0;: impossible de créer %1</translation>
    </message>
    <message>
        <source>cwdesk: the demo data could not be read (%1); it was moved to %2 and new demo data was generated.</source>
        <translation>cwdesk&#xa0;: les données de démonstration n&apos;ont pas pu être lues (%1)&#xa0;; elles ont été déplacées vers %2 et de nouvelles données ont été générées.</translation>
    </message>
    <message>
        <source>cwdesk: the demo sandbox did not start: %1</source>
        <translation>cwdesk&#xa0;: le sandbox de démonstration n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cwdesk: no connection is set up. Run &quot;cwdesk --demo&quot; to try CW Desk with the built-in sandbox, or save a connection with &quot;cwdesk-cli login&quot; (or give --site, --company and --public-key).</source>
        <translation>cwdesk&#xa0;: aucune connexion n&apos;est configurée. Lancez «&#xa0;cwdesk --demo&#xa0;» pour essayer CW Desk avec le sandbox intégré, ou enregistrez une connexion avec «&#xa0;cwdesk-cli login&#xa0;» (ou indiquez --site, --company et --public-key).</translation>
    </message>
    <message>
        <source>cwdesk: no display found; rendering the window to %1 instead.</source>
        <translation>cwdesk&#xa0;: aucun affichage trouvé&#xa0;; la fenêtre est rendue dans %1 à la place.</translation>
    </message>
    <message>
        <source>Show the interface in language &lt;lang&gt; (en, de, fr) instead of the system&apos;s or the one chosen in View &gt; Language.</source>
        <translation>Afficher l&apos;interface dans la langue &lt;lang&gt; (en, de, fr) au lieu de celle du système ou de celle choisie dans Affichage &gt; Langue.</translation>
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
        <translation>impossible de mettre en place la gestion des signaux</translation>
    </message>
</context>
</TS>
