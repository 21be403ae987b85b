"""Hand-checked French segmentation cases: paragraph -> expected sentences.

Written for the tests in the style of 19th-century novels. Exposed as data
(CASES) so the benchmark can print the segmenter's accuracy on them.
Each case is (category, paragraph, expected sentences).
"""

from __future__ import annotations

Case = tuple[str, str, list[str]]

_ABBREVIATIONS: list[Case] = [
    ("abbr", "M. Homais entra. Il salua.", ["M. Homais entra.", "Il salua."]),
    (
        "abbr",
        "Il alla voir M. Bovary le lendemain. Le médecin dormait.",
        ["Il alla voir M. Bovary le lendemain.", "Le médecin dormait."],
    ),
    (
        "abbr",
        "MM. Lheureux et Binet étaient là. Personne ne parlait.",
        ["MM. Lheureux et Binet étaient là.", "Personne ne parlait."],
    ),
    ("abbr", "Mme Bovary sortit. Il pleuvait.", ["Mme Bovary sortit.", "Il pleuvait."]),
    ("abbr", "Mlle Schérer toussait depuis huit jours.", ["Mlle Schérer toussait depuis huit jours."]),
    (
        "abbr",
        "On annonça Mgr. Dupanloup. Tout le monde se leva.",
        ["On annonça Mgr. Dupanloup.", "Tout le monde se leva."],
    ),
    (
        "abbr",
        "Le Dr. Larivière arriva vers midi. On l'attendait.",
        ["Le Dr. Larivière arriva vers midi.", "On l'attendait."],
    ),
    (
        "abbr",
        "Ils logeaient rue St. Honoré. La maison était vieille.",
        ["Ils logeaient rue St. Honoré.", "La maison était vieille."],
    ),
    (
        "abbr",
        "Voyez le texte, p. 42, où l'auteur s'explique.",
        ["Voyez le texte, p. 42, où l'auteur s'explique."],
    ),
    (
        "abbr",
        "Il cite le cardinal, cf. Bossuet, sans le nommer. Puis il se tait.",
        ["Il cite le cardinal, cf. Bossuet, sans le nommer.", "Puis il se tait."],
    ),
    (
        "abbr",
        "Il y avait des poules, des canards, des oies, etc. Tout cela criait.",
        ["Il y avait des poules, des canards, des oies, etc.", "Tout cela criait."],
    ),
    (
        "abbr",
        "On vendait du drap, du velours, etc., à des prix fous.",
        ["On vendait du drap, du velours, etc., à des prix fous."],
    ),
    (
        "abbr",
        "La ville fut fondée en 52 av. J.-C. par les Romains.",
        ["La ville fut fondée en 52 av. J.-C. par les Romains."],
    ),
    (
        "abbr",
        "César la prit en 52 av. J.-C. Elle brûla.",
        ["César la prit en 52 av. J.-C.", "Elle brûla."],
    ),
    (
        "abbr",
        "Le livre de J. Verne traînait sur la table. Personne ne le lisait.",
        ["Le livre de J. Verne traînait sur la table.", "Personne ne le lisait."],
    ),
    (
        "abbr",
        "Ils entrèrent à N.-D. de Paris au petit jour. La nef était vide.",
        ["Ils entrèrent à N.-D. de Paris au petit jour.", "La nef était vide."],
    ),
    (
        "abbr",
        "La lettre était signée A. B. Durand. Il la relut.",
        ["La lettre était signée A. B. Durand.", "Il la relut."],
    ),
    (
        "abbr",
        "Mmes Lefrançois et Tuvache causaient. Le curé passa.",
        ["Mmes Lefrançois et Tuvache causaient.", "Le curé passa."],
    ),
    (
        "abbr",
        "Il écrivit à Mme de Montenay et à M. le comte. Ni l'une ni l'autre ne répondit.",
        [
            "Il écrivit à Mme de Montenay et à M. le comte.",
            "Ni l'une ni l'autre ne répondit.",
        ],
    ),
    ("abbr", "Bonjour, M. le curé.", ["Bonjour, M. le curé."]),
    (
        "abbr",
        "Le régiment de M. de Guise passa. Les cloches sonnaient.",
        ["Le régiment de M. de Guise passa.", "Les cloches sonnaient."],
    ),
    (
        "abbr",
        "Il habitait au no. 7 de la rue. C'était un taudis.",
        ["Il habitait au no. 7 de la rue.", "C'était un taudis."],
    ),
    (
        "abbr",
        "Voir le chap. IV pour la suite. Ici l'histoire s'arrête.",
        ["Voir le chap. IV pour la suite.", "Ici l'histoire s'arrête."],
    ),
    (
        "abbr",
        "S. M. l'Empereur parut au balcon. La foule cria.",
        ["S. M. l'Empereur parut au balcon.", "La foule cria."],
    ),
    (
        "abbr",
        "C'est ce que dit M. Thiers. Il se trompe.",
        ["C'est ce que dit M. Thiers.", "Il se trompe."],
    ),
    (
        "abbr",
        "Le général, c.-à-d. Koutouzow, ne répondit rien.",
        ["Le général, c.-à-d. Koutouzow, ne répondit rien."],
    ),
]

_GUILLEMETS: list[Case] = [
    (
        "quotes",
        "« Eh bien, prince, que vous disais-je ? Gênes et Lucques sont à lui. »",
        ["« Eh bien, prince, que vous disais-je ?", "Gênes et Lucques sont à lui. »"],
    ),
    (
        "quotes",
        "« Grand Dieu ! quelle virulente sortie ! » répondit le prince.",
        ["« Grand Dieu ! quelle virulente sortie ! » répondit le prince."],
    ),
    (
        "quotes",
        "Il dit : « Viens. » Puis il partit.",
        ["Il dit : « Viens. »", "Puis il partit."],
    ),
    (
        "quotes",
        "« Oui. » Elle baissa les yeux.",
        ["« Oui. »", "Elle baissa les yeux."],
    ),
    (
        "quotes",
        "« Je vous attendais, dit-elle. Asseyez-vous. »",
        ["« Je vous attendais, dit-elle.", "Asseyez-vous. »"],
    ),
    (
        "quotes",
        "« Que faites-vous ici ? » demanda le garde.",
        ["« Que faites-vous ici ? » demanda le garde."],
    ),
    (
        "quotes",
        "Le mot « grippe » était alors tout nouveau. On le disait partout.",
        ["Le mot « grippe » était alors tout nouveau.", "On le disait partout."],
    ),
    (
        "quotes",
        "« Avant tout, chère amie, rassurez-moi. Comment allez-vous ?",
        ["« Avant tout, chère amie, rassurez-moi.", "Comment allez-vous ?"],
    ),
    (
        "quotes",
        "Il répétait « jamais ». Elle se tut.",
        ["Il répétait « jamais ».", "Elle se tut."],
    ),
    (
        "quotes",
        "« Partez ! » cria-t-il. « Partez tout de suite ! »",
        ["« Partez ! » cria-t-il.", "« Partez tout de suite ! »"],
    ),
    (
        "quotes",
        "« Le baron a été recommandé par la sœur de Sa Majesté, » dit-elle d'un ton sec.",
        ["« Le baron a été recommandé par la sœur de Sa Majesté, » dit-elle d'un ton sec."],
    ),
    (
        "quotes",
        "« C'est fini. » Et il ferma la porte.",
        ["« C'est fini. »", "Et il ferma la porte."],
    ),
    (
        "quotes",
        "« À toi de tout cœur. »",
        ["« À toi de tout cœur. »"],
    ),
    (
        "quotes",
        "« ... Et arrive le plus tôt que tu pourras. Je t'attends. »",
        ["« ... Et arrive le plus tôt que tu pourras.", "Je t'attends. »"],
    ),
    (
        "quotes",
        "Elle avait écrit sur la carte : « Je pars. Ne me cherchez pas. » Il la déchira.",
        [
            "Elle avait écrit sur la carte : « Je pars.",
            "Ne me cherchez pas. »",
            "Il la déchira.",
        ],
    ),
    (
        "quotes",
        "«\u00a0Non\u00a0!\u00a0» fit-il. Il sortit.",
        ["«\u00a0Non\u00a0!\u00a0» fit-il.", "Il sortit."],
    ),
    (
        "quotes",
        "« Pourquoi donc suis-je venu ici ? » se disait-il. Les Français avançaient.",
        ["« Pourquoi donc suis-je venu ici ? » se disait-il.", "Les Français avançaient."],
    ),
    (
        "quotes",
        "Il lut l'enseigne : « Au Lion d'or ». C'était l'auberge.",
        ["Il lut l'enseigne : « Au Lion d'or ».", "C'était l'auberge."],
    ),
    (
        "quotes",
        "« Heureux de nous donner de la peine », répondirent les soldats.",
        ["« Heureux de nous donner de la peine », répondirent les soldats."],
    ),
    (
        "quotes",
        "« Vraiment ? » « Vraiment. »",
        ["« Vraiment ? »", "« Vraiment. »"],
    ),
    (
        "quotes",
        "« Je ne sais pas… » murmura-t-elle.",
        ["« Je ne sais pas… » murmura-t-elle."],
    ),
    (
        "quotes",
        "« Allons ! » Tout le monde se leva.",
        ["« Allons ! »", "Tout le monde se leva."],
    ),
]

_NESTED: list[Case] = [
    (
        "nested",
        "« Il m'a dit : “Va-t'en !” et il est parti. »",
        ["« Il m'a dit : “Va-t'en !” et il est parti. »"],
    ),
    (
        "nested",
        "« Elle criait : “Au secours !” Personne ne vint. »",
        ["« Elle criait : “Au secours !”", "Personne ne vint. »"],
    ),
    (
        "nested",
        "« Le curé répétait : ‹ Priez. › Nous priions. »",
        ["« Le curé répétait : ‹ Priez. ›", "Nous priions. »"],
    ),
    (
        "nested",
        "« Mon père disait : “ Qui dort dîne. ” Il avait raison. »",
        ["« Mon père disait : “ Qui dort dîne. ”", "Il avait raison. »"],
    ),
    (
        "nested",
        "“Bonsoir”, dit-il. Elle ne répondit pas.",
        ["“Bonsoir”, dit-il.", "Elle ne répondit pas."],
    ),
    (
        "nested",
        "« Savez-vous ce qu'il m'a répondu ? “Jamais !” » Elle riait.",
        ["« Savez-vous ce qu'il m'a répondu ?", "“Jamais !” »", "Elle riait."],
    ),
    (
        "nested",
        "Il murmura “adieu”. La porte se ferma.",
        ["Il murmura “adieu”.", "La porte se ferma."],
    ),
    (
        "nested",
        "« On lisait sur la porte : “Défense d'entrer.” Nous entrâmes pourtant. »",
        ["« On lisait sur la porte : “Défense d'entrer.”", "Nous entrâmes pourtant. »"],
    ),
    (
        "nested",
        "(Il ne savait pas encore la nouvelle.) Elle entra.",
        ["(Il ne savait pas encore la nouvelle.)", "Elle entra."],
    ),
    (
        "nested",
        "Il partit (le soir même, dit-on). Personne ne le revit.",
        ["Il partit (le soir même, dit-on).", "Personne ne le revit."],
    ),
]

_DIALOGUE: list[Case] = [
    ("dialogue", "— Viens-tu ? demanda-t-il.", ["— Viens-tu ? demanda-t-il."]),
    ("dialogue", "— Oui.", ["— Oui."]),
    ("dialogue", "– Répétez !", ["– Répétez !"]),
    ("dialogue", "— Non ! — Si !", ["— Non !", "— Si !"]),
    (
        "dialogue",
        "– Plus haut ! cria le maître, plus haut !",
        ["– Plus haut ! cria le maître, plus haut !"],
    ),
    (
        "dialogue",
        "– Que cherchez-vous ? demanda le professeur.",
        ["– Que cherchez-vous ? demanda le professeur."],
    ),
    (
        "dialogue",
        "— Monsieur Roger, lui dit-il à demi-voix, voici un élève. Il entre en cinquième.",
        ["— Monsieur Roger, lui dit-il à demi-voix, voici un élève.", "Il entre en cinquième."],
    ),
    (
        "dialogue",
        "— Vous partez ? — Demain. — Si tôt ?",
        ["— Vous partez ?", "— Demain.", "— Si tôt ?"],
    ),
    (
        "dialogue",
        "— Et vous ? reprit-il. Vous ne dites rien ?",
        ["— Et vous ? reprit-il.", "Vous ne dites rien ?"],
    ),
    (
        "dialogue",
        "— Ah ! je serai charmé !… Mais dites-moi, je vous prie, la vérité.",
        ["— Ah ! je serai charmé !…", "Mais dites-moi, je vous prie, la vérité."],
    ),
    (
        "dialogue",
        "Un laquais en livrée rouge – la livrée de la cour – avait colporté les billets.",
        ["Un laquais en livrée rouge – la livrée de la cour – avait colporté les billets."],
    ),
    (
        "dialogue",
        "Il était seul – seul ! – et il attendait.",
        ["Il était seul – seul ! – et il attendait."],
    ),
    (
        "dialogue",
        "— Bien, dit-il. — Bien quoi ? fit-elle.",
        ["— Bien, dit-il.", "— Bien quoi ? fit-elle."],
    ),
    (
        "dialogue",
        "— Où allez-vous ? s'écria Emma. Restez donc !",
        ["— Où allez-vous ? s'écria Emma.", "Restez donc !"],
    ),
    (
        "dialogue",
        "— Charbovari ! Charbovari !",
        ["— Charbovari !", "Charbovari !"],
    ),
    (
        "dialogue",
        "— Cinq cents vers à toute la classe ! exclamé d'une voix furieuse, arrêta la bourrasque.",
        ["— Cinq cents vers à toute la classe ! exclamé d'une voix furieuse, arrêta la bourrasque."],
    ),
    (
        "dialogue",
        "— Eh ! vous la retrouverez, votre casquette ; on ne vous l'a pas volée !",
        ["— Eh ! vous la retrouverez, votre casquette ; on ne vous l'a pas volée !"],
    ),
    (
        "dialogue",
        "— Quoi ?… Qu'avez-vous dit ?",
        ["— Quoi ?…", "Qu'avez-vous dit ?"],
    ),
    ("dialogue", "— Hein ?", ["— Hein ?"]),
    (
        "dialogue",
        "— Soit, répondit Lecoq. Allons-y.",
        ["— Soit, répondit Lecoq.", "Allons-y."],
    ),
    (
        "dialogue",
        "– Ma cas…, fit timidement le nouveau.",
        ["– Ma cas…, fit timidement le nouveau."],
    ),
    (
        "dialogue",
        "— Tu viens ? — Je viens, je viens !",
        ["— Tu viens ?", "— Je viens, je viens !"],
    ),
    (
        "dialogue",
        "— Madame ! madame ! criait la bonne.",
        ["— Madame ! madame ! criait la bonne."],
    ),
    (
        "dialogue",
        "— Silence ! » hurla le sergent.",
        ["— Silence ! » hurla le sergent."],
    ),
    (
        "dialogue",
        "— À l'instant !… À propos, ajouta-t-elle, j'attends ce soir deux hommes.",
        ["— À l'instant !…", "À propos, ajouta-t-elle, j'attends ce soir deux hommes."],
    ),
    (
        "dialogue",
        "– Comment pourrais-je me bien porter ? Un cœur sensible souffre.",
        ["– Comment pourrais-je me bien porter ?", "Un cœur sensible souffre."],
    ),
]

_ELLIPSES: list[Case] = [
    (
        "ellipsis",
        "Il attendit… puis il s'en alla.",
        ["Il attendit… puis il s'en alla."],
    ),
    (
        "ellipsis",
        "Il attendit… Personne ne vint.",
        ["Il attendit…", "Personne ne vint."],
    ),
    (
        "ellipsis",
        "Il attendit... puis il s'en alla.",
        ["Il attendit... puis il s'en alla."],
    ),
    (
        "ellipsis",
        "Il attendit... Personne ne vint.",
        ["Il attendit...", "Personne ne vint."],
    ),
    (
        "ellipsis",
        "— Je… je ne sais pas, balbutia-t-il.",
        ["— Je… je ne sais pas, balbutia-t-il."],
    ),
    (
        "ellipsis",
        "Que vous dirai-je ? reprit le prince avec ennui… Vous tenez à le savoir ?",
        ["Que vous dirai-je ? reprit le prince avec ennui…", "Vous tenez à le savoir ?"],
    ),
    ("ellipsis", "Enfin…", ["Enfin…"]),
    (
        "ellipsis",
        "Elle pensait à Rodolphe, à Léon, à tant d'autres… Le jour se levait.",
        ["Elle pensait à Rodolphe, à Léon, à tant d'autres…", "Le jour se levait."],
    ),
    (
        "ellipsis",
        "Mais… mais c'est lui !",
        ["Mais… mais c'est lui !"],
    ),
    (
        "ellipsis",
        "Il compta : un, deux, trois… et il tira.",
        ["Il compta : un, deux, trois… et il tira."],
    ),
    (
        "ellipsis",
        "Le 20 février 18.., un dimanche, une ronde sortait du poste. Il neigeait.",
        ["Le 20 février 18.., un dimanche, une ronde sortait du poste.", "Il neigeait."],
    ),
    (
        "ellipsis",
        "Si seulement…",
        ["Si seulement…"],
    ),
    (
        "ellipsis",
        "Il reprit : « Si vous saviez… » Elle l'interrompit.",
        ["Il reprit : « Si vous saviez… »", "Elle l'interrompit."],
    ),
    (
        "ellipsis",
        "Oh ! … quelle nuit !",
        ["Oh ! … quelle nuit !"],
    ),
    (
        "ellipsis",
        "Il hésita…… Enfin il entra.",
        ["Il hésita……", "Enfin il entra."],
    ),
]

_EXCLAMATIONS: list[Case] = [
    (
        "exclaim",
        "Ah ! ne me parlez pas de l'Autriche ! Elle nous trahit.",
        ["Ah ! ne me parlez pas de l'Autriche !", "Elle nous trahit."],
    ),
    (
        "exclaim",
        "Quoi ?! Vous osez ?",
        ["Quoi ?!", "Vous osez ?"],
    ),
    (
        "exclaim",
        "Comment ! vous êtes encore là ?",
        ["Comment ! vous êtes encore là ?"],
    ),
    (
        "exclaim",
        "Hélas ! Il était trop tard.",
        ["Hélas !", "Il était trop tard."],
    ),
    (
        "exclaim",
        "Quelle horreur ! s'écria-t-elle en reculant.",
        ["Quelle horreur ! s'écria-t-elle en reculant."],
    ),
    (
        "exclaim",
        "Vive l'Empereur ! criaient les soldats. Le canon tonna.",
        ["Vive l'Empereur ! criaient les soldats.", "Le canon tonna."],
    ),
    (
        "exclaim",
        "Pourquoi ? Parce qu'il l'aimait.",
        ["Pourquoi ?", "Parce qu'il l'aimait."],
    ),
    (
        "exclaim",
        "Eh bien ? dit-il enfin.",
        ["Eh bien ? dit-il enfin."],
    ),
    (
        "exclaim",
        "Était-ce possible ? était-ce vrai ? Elle n'osait y croire.",
        ["Était-ce possible ? était-ce vrai ?", "Elle n'osait y croire."],
    ),
    (
        "exclaim",
        "Au feu !!! Au feu !",
        ["Au feu !!!", "Au feu !"],
    ),
    (
        "exclaim",
        "Pauvre femme ! pensait-il. Elle ne sait rien.",
        ["Pauvre femme ! pensait-il.", "Elle ne sait rien."],
    ),
    (
        "exclaim",
        "Oh ! oh ! fit le pharmacien, voilà du nouveau !",
        ["Oh ! oh ! fit le pharmacien, voilà du nouveau !"],
    ),
    (
        "exclaim",
        "Qui était-ce ? Un inconnu, un passant, un espion peut-être ?",
        ["Qui était-ce ?", "Un inconnu, un passant, un espion peut-être ?"],
    ),
    (
        "exclaim",
        "Silence ! — Obéissez !",
        ["Silence !", "— Obéissez !"],
    ),
]

_NUMBERS: list[Case] = [
    (
        "numbers",
        "Il naquit en 1805. Son père était soldat.",
        ["Il naquit en 1805.", "Son père était soldat."],
    ),
    (
        "numbers",
        "La verste vaut 3.14 fois rien, disait-il en riant.",
        ["La verste vaut 3.14 fois rien, disait-il en riant."],
    ),
    (
        "numbers",
        "La sagène est égale à 2,13 m. La verste est plus longue.",
        ["La sagène est égale à 2,13 m.", "La verste est plus longue."],
    ),
    (
        "numbers",
        "Sous Louis XIV. Les jardins étaient superbes.",
        ["Sous Louis XIV.", "Les jardins étaient superbes."],
    ),
    (
        "numbers",
        "Le roi Louis XIV. mourut en 1715.",
        ["Le roi Louis XIV. mourut en 1715."],
    ),
    (
        "numbers",
        "Il régnait depuis Charles V. La guerre durait.",
        ["Il régnait depuis Charles V.", "La guerre durait."],
    ),
    (
        "numbers",
        "1. Prendre la route de Rouen. 2. Attendre au relais.",
        ["1. Prendre la route de Rouen.", "2. Attendre au relais."],
    ),
    (
        "numbers",
        "Il envoya les 43 000 roubles. Dologhow signa le reçu.",
        ["Il envoya les 43 000 roubles.", "Dologhow signa le reçu."],
    ),
    (
        "numbers",
        "C'était le 12 avril 1857. Il faisait doux.",
        ["C'était le 12 avril 1857.", "Il faisait doux."],
    ),
    (
        "numbers",
        "Ils étaient 12. Aucun ne revint.",
        ["Ils étaient 12.", "Aucun ne revint."],
    ),
    (
        "numbers",
        "Le train de 8 h. 15 était parti.",
        ["Le train de 8 h. 15 était parti."],
    ),
    (
        "numbers",
        "Le tome I. contient la première partie.",
        ["Le tome I. contient la première partie."],
    ),
    (
        "numbers",
        "Napoléon III régnait. Paris changeait.",
        ["Napoléon III régnait.", "Paris changeait."],
    ),
    (
        "numbers",
        "On était en l'an 1812. L'armée marchait sur Moscou.",
        ["On était en l'an 1812.", "L'armée marchait sur Moscou."],
    ),
]

_HEADINGS_INLINE: list[Case] = [
    ("paragraph", "CHAPITRE PREMIER", ["CHAPITRE PREMIER"]),
    ("paragraph", "Chapitre 12", ["Chapitre 12"]),
    ("paragraph", "XIV", ["XIV"]),
    ("paragraph", "PREMIÈRE PARTIE", ["PREMIÈRE PARTIE"]),
    ("paragraph", "I. Le départ", ["I. Le départ"]),
    ("paragraph", "", []),
    ("paragraph", "   ", []),
    (
        "paragraph",
        "Il se leva ; sa casquette tomba. Toute la classe se mit à rire.",
        ["Il se leva ; sa casquette tomba.", "Toute la classe se mit à rire."],
    ),
    (
        "paragraph",
        "Le Proviseur nous fit signe de nous rasseoir ; puis, se tournant vers le maître :",
        ["Le Proviseur nous fit signe de nous rasseoir ; puis, se tournant vers le maître :"],
    ),
    (
        "paragraph",
        "Il avait les cheveux coupés droit sur le front",
        ["Il avait les cheveux coupés droit sur le front"],
    ),
    (
        "paragraph",
        "Nous étions à l'Étude, quand le Proviseur entra. Ceux qui dormaient se réveillèrent.",
        ["Nous étions à l'Étude, quand le Proviseur entra.", "Ceux qui dormaient se réveillèrent."],
    ),
    (
        "paragraph",
        "Il partit.  Elle resta.",
        ["Il partit.", "Elle resta."],
    ),
    (
        "paragraph",
        "Il partit. »",
        ["Il partit. »"],
    ),
    (
        "paragraph",
        "Il lisait Paul et Virginie. Elle cousait.",
        ["Il lisait Paul et Virginie.", "Elle cousait."],
    ),
    (
        "paragraph",
        "C'était à Yonville-l'Abbaye. Le bourg dormait.",
        ["C'était à Yonville-l'Abbaye.", "Le bourg dormait."],
    ),
    (
        "paragraph",
        "Était-il fou ? Elle le crut un instant.",
        ["Était-il fou ?", "Elle le crut un instant."],
    ),
    (
        "paragraph",
        "Il écrivit : Madame, je pars demain. Il signa.",
        ["Il écrivit : Madame, je pars demain.", "Il signa."],
    ),
    (
        "paragraph",
        "Il fit trois pas. Ensuite, il s'arrêta. Enfin, il revint.",
        ["Il fit trois pas.", "Ensuite, il s'arrêta.", "Enfin, il revint."],
    ),
    (
        "paragraph",
        "Les États-Unis ? Il n'y était jamais allé.",
        ["Les États-Unis ?", "Il n'y était jamais allé."],
    ),
    (
        "paragraph",
        "Il relut la lettre.\u00a0Puis il la brûla.",
        ["Il relut la lettre.", "Puis il la brûla."],
    ),
    (
        "paragraph",
        "Il ouvrit la porte. À l'intérieur, tout était noir.",
        ["Il ouvrit la porte.", "À l'intérieur, tout était noir."],
    ),
    (
        "paragraph",
        "Ô mon Dieu ! Ô ma mère !",
        ["Ô mon Dieu !", "Ô ma mère !"],
    ),
    (
        "paragraph",
        "Il avait seize ans. Éveillé, curieux, il courait les bois.",
        ["Il avait seize ans.", "Éveillé, curieux, il courait les bois."],
    ),
    (
        "paragraph",
        "Elle dit que oui. « Bon », fit-il.",
        ["Elle dit que oui.", "« Bon », fit-il."],
    ),
]

_INITIALS: list[Case] = [
    (
        "initials",
        "Il lisait J.-J. Rousseau le soir. Sa femme dormait.",
        ["Il lisait J.-J. Rousseau le soir.", "Sa femme dormait."],
    ),
    (
        "initials",
        "J.-B. Say et P.-J. Proudhon se disputaient. Personne ne les écoutait.",
        ["J.-B. Say et P.-J. Proudhon se disputaient.", "Personne ne les écoutait."],
    ),
    (
        "initials",
        "C'était l'ami de J.-J. Rousseau. Il l'avait connu à Genève.",
        ["C'était l'ami de J.-J. Rousseau.", "Il l'avait connu à Genève."],
    ),
    (
        "initials",
        "Il admirait J.\u2011J. Rousseau plus que Voltaire.",
        ["Il admirait J.\u2011J. Rousseau plus que Voltaire."],
    ),
    (
        "initials",
        "On lui prêta les livres de J.–B. Say, l'économiste. Il les rendit.",
        ["On lui prêta les livres de J.–B. Say, l'économiste.", "Il les rendit."],
    ),
    (
        "initials",
        "Il cita J. -J. Rousseau devant tout le monde.",
        ["Il cita J. -J. Rousseau devant tout le monde."],
    ),
    (
        "initials",
        "Il lisait Ch.-A. Sainte-Beuve et Th. Gautier. Puis il dormait.",
        ["Il lisait Ch.-A. Sainte-Beuve et Th. Gautier.", "Puis il dormait."],
    ),
    (
        "initials",
        "Les lampes de Ph. Lebon éclairaient la rue. Il faisait froid.",
        ["Les lampes de Ph. Lebon éclairaient la rue.", "Il faisait froid."],
    ),
    (
        "initials",
        "— Et J.-J. Rousseau ? demanda-t-il. — Je ne l'ai pas lu.",
        ["— Et J.-J. Rousseau ? demanda-t-il.", "— Je ne l'ai pas lu."],
    ),
    (
        "initials",
        "« J.-J. Rousseau, dit-il, l'avait prévu. » Elle sourit.",
        ["« J.-J. Rousseau, dit-il, l'avait prévu. »", "Elle sourit."],
    ),
]

# Some editions (Hetzel's Verne among them) print the dash as two hyphens.
_DOUBLE_HYPHENS: list[Case] = [
    ("dialogue", "-- Viens-tu ? demanda-t-il.", ["-- Viens-tu ? demanda-t-il."]),
    ("dialogue", "-- Oui. -- Non !", ["-- Oui.", "-- Non !"]),
    (
        "dialogue",
        "-- Vous partez ? -- Demain. -- Si tôt ?",
        ["-- Vous partez ?", "-- Demain.", "-- Si tôt ?"],
    ),
    (
        "dialogue",
        "Il était seul -- seul ! -- et il attendait.",
        ["Il était seul -- seul ! -- et il attendait."],
    ),
    (
        "dialogue",
        "Sa fiancée -- il ne cessait de me le répéter -- m'attendait. Je partis.",
        ["Sa fiancée -- il ne cessait de me le répéter -- m'attendait.", "Je partis."],
    ),
    (
        "dialogue",
        "Peut-être le lecteur s'étonne-t-il -- en admettant que j'aie jamais des lecteurs ! -- de la banalité"
        " de ce voyage.",
        [
            "Peut-être le lecteur s'étonne-t-il -- en admettant que j'aie jamais des lecteurs ! -- de la banalité"
            " de ce voyage."
        ],
    ),
    (
        "dialogue",
        "Une voix -- cette voix que nous connaissions tous, à présent ! -- prononça ces mots.",
        ["Une voix -- cette voix que nous connaissions tous, à présent ! -- prononça ces mots."],
    ),
    (
        "dialogue",
        "Ni dans quelques jours, ni plus tard, répondit-il. -- Monsieur, dis-je, veuillez sortir !",
        ["Ni dans quelques jours, ni plus tard, répondit-il.", "-- Monsieur, dis-je, veuillez sortir !"],
    ),
    (
        "dialogue",
        "Il criait -- quelle voix ! --, puis il se tut.",
        ["Il criait -- quelle voix ! --, puis il se tut."],
    ),
    ("dialogue", "-- Quoi ?… -- Rien.", ["-- Quoi ?…", "-- Rien."]),
]

CASES: list[Case] = [
    *_ABBREVIATIONS,
    *_GUILLEMETS,
    *_NESTED,
    *_DIALOGUE,
    *_ELLIPSES,
    *_EXCLAMATIONS,
    *_NUMBERS,
    *_HEADINGS_INLINE,
    *_INITIALS,
    *_DOUBLE_HYPHENS,
]
