"""A closing phrase told with its verb said again, the subject's adjective as a predicate; what a rewrite must not
make of a clause."""

import pytest

from jobs.engine.processors.fidelity import fidelity
from jobs.engine.processors.split import split_sentences
from jobs.engine.types import ProcessorSettings


def _rewrite(text, limit=8):
    return split_sentences([text], ProcessorSettings(max_words=limit, style="sentences"))[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Charles donna de grands coups de poing contre les auvents.",
            ["Charles donna de grands coups de poing.", "Charles en donna contre les auvents."],
        ),
        (
            "Afin d’avoir des attelles, on alla chercher, sous la charretterie, un paquet de lattes.",
            ["On alla chercher un paquet de lattes.", "On alla en chercher un sous la charretterie."],
        ),
        (
            # the small model hangs both phrases on the adverb; they still belong to the verb
            "Le vieux chien dormait tranquillement depuis une heure sous la table.",
            ["Le vieux chien dormait tranquillement sous la table.", "Il dormait depuis une heure."],
        ),
        (
            # the subject's adjective after its noun becomes a predicate; the noun keeps the ones before it
            "La petite chatte grise regardait fixement le vieux chien couché près du feu.",
            ["La petite chatte était grise."],
        ),
        (
            # a participle opening the sentence loses its capital as a predicate
            "Jugés par un conseil de guerre, ils devaient être passés par les armes.",
            ["Ils étaient jugés par un conseil de guerre."],
        ),
        (
            # an adverb before the adjective; the small model's "conditional" that hangs on the name as an adjective
            "Louis-Antoine, toujours distrait et somnolent, ne parut pas entendre.",
            ["Louis-Antoine était toujours distrait et somnolent."],
        ),
        (
            "Catherine, toujours immobile dans ses broussailles, entendit alors un sifflement doux et prolongé.",
            ["Catherine était toujours immobile dans ses broussailles."],
        ),
        (
            # a name the small model tags as a pronoun is still a name to say again
            "Mais Léon tira vivement une pièce blanche de sa poche et saisit Emma par le bras.",
            ["Léon saisit Emma par le bras."],
        ),
        (
            # the article a preposition swallowed comes back with the name
            "– Où allez-vous ? dit-il au prince André, qui s’était levé.",
            ["– Le prince André s’était levé."],
        ),
        (
            # a participle coordinated under "était" gets its subject and its "était" back
            "Elle était enchâssée d’argent et suspendue à une petite chaîne du même métal.",
            ["Elle était enchâssée d’argent.", "Elle était suspendue à une petite chaîne."],
        ),
        (
            # the small model takes "L’enfant" for a name: the whole of it is said again
            "L’enfant, qui n’étudiait jamais, ne tardait pas à ouvrir de grands yeux tristes et se mettait à pleurer.",
            ["L’enfant se mettait à pleurer.", "L’enfant n’étudiait jamais."],
        ),
        (
            # of two subjects the parse gives a verb, the one next to it is said again
            "La nuit, elle rêva de Florimond et se vit devisant avec lui sur les choses de l’amour supérieur, aux"
            " bords ombragés du Lignon.",
            ["La nuit, elle rêva de Florimond."],
        ),
        (
            "Au moment où passait le bataillon d’Apchéron, Miloradovitch s’élança en avant ; son manteau était rejeté"
            " en arrière et laissait voir son uniforme chamarré de décorations.",
            ["Son manteau était rejeté en arrière."],
        ),
        (
            # a passé simple the small model tags a noun still makes a clause to tell the relative beside
            "Un jeune homme entra, qui portait l'uniforme de capitaine des grenadiers de la légion de Montaignac.",
            ["Un jeune homme entra.", "L'homme portait l'uniforme de capitaine des grenadiers."],
        ),
        (
            "Une vieille femme courbée traversait lentement la grande place du village désert.",
            ["La vieille femme était courbée."],
        ),
    ],
)
def test_a_closing_phrase_or_an_adjective_becomes_a_sentence_of_its_own(text, expected):
    pieces = _rewrite(text)
    texts = [p.text for p in pieces]
    for sentence in expected:
        assert sentence in texts
    assert all(p.stands_alone for p in pieces if p.text in expected)
    kept = fidelity(text, texts)
    assert kept.invented == 0


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # "ne ... que des coups": "en" would drop the restriction
        ("Il ne donna que des coups de poing contre les auvents du salon.", "en donna"),
        # a negated verb: said again, the first sentence would deny it all, or keep a lone "ni"
        ("Il ne mit pas son chapeau neuf sur la petite table du salon.", "ne le mit"),
        ("Je ne crois ni à Hardenberg, ni à Haugwitz, ni à tous ces diplomates de Vienne !", "crois ni à Haugwitz"),
        # an adjective or participle of another gender describes another noun
        (
            "Marguerite piétina les cendres de sa passion sur l’âtre de la cheminée, aussi froid que son cœur de"
            " liseuse pédante, et se jura de n’avoir désormais plus commerce avec homme sur terre, de ne plus"
            " croire à l’amour, voire à l’amitié, et de se retirer dans un monde tout intérieur, éclairé par ses"
            " seules réflexions.",
            "Marguerite était éclairé",
        ),
        # "son chapeau": the determiner does not show the gender a pronoun needs
        ("Il mit son chapeau neuf sur la petite table du salon.", "le mit"),
        # "il y avait" said again without what there was
        ("Il y avait pour dîner de la soupe avec un morceau de veau à l’oseille.", "y avait avec"),
        # a concession, not a relative: "que" is no object of "paraître"
        (
            "Je les donnerais tous, quelque étrange que cela puisse paraître, pour une minute de gloire.",
            "paraître quelque",
        ),
        (
            "Je les donnerais tous, quelque étrange que cela puisse paraître, pour une minute de gloire.",
            "puisse quelque",
        ),
        # "un honnête homme" read by the small model as the noun "honnête" with "homme" its adjective
        (
            "— Je veux dire, insista-t-il, avec une certaine amertume, qu'un honnête homme ne peut hésiter"
            " à épouser au plus tôt cette malheureuse jeune fille.",
            "était homme",
        ),
        # "et cette région ... est de nature": a clause of its own, not a second item after "est"
        (
            "D'ailleurs, le pays est magnifique, et cette région de la Basse Hongrie est de nature"
            " à intéresser un ingénieur.",
            "pays est cette région",
        ),
        # a dialogue incise whose spoken words the parse took for the subject
        ("— Un véritable outil de filou, fit le père Absinthe avec un gros rire.", "outil le fit"),
        # the verb said alone first: the sentence before would say nothing ("Il se trouvait.")
        ("Après cinq ans, il se trouvait au même point.", "se trouvait."),
        # a present tense the tagger took for an adjective: a clause, not a second item after "C'est"
        ("C'est l'affaire d'une minute, et les conversations aussitôt reprennent de plus belle.", "C'est les"),
        # a closing call ("petit malheureux !") is no description of the subject
        (
            "— Tu ne t'es pas mépris au ton de M. Lacheneur, quand il t'a dit : Mais va-t-en donc, petit malheureux !…",
            "étais petit",
        ),
        # the gerund's "en" goes, even with a pronoun between it and the participle
        (
            "Mme Blanche n'insista pas, mais sortant sa bourse de sa poche, elle en tira trois louis qu'elle"
            " tendit à Chupin, en lui disant :",
            "en lui disait",
        ),
        # a subject "vous" is no clitic of the verb said again; a participle hung on another noun
        (
            "« Vous trouverez le détail de cela et de diverses choses encore dans mon testament en votre"
            " faveur, déposé chez le notaire de Sairmeuse…",
            "Vous Vous",
        ),
        (
            "« Vous trouverez le détail de cela et de diverses choses encore dans mon testament en votre"
            " faveur, déposé chez le notaire de Sairmeuse…",
            "serez déposé",
        ),
        # the relative's antecedent is only part of a subject "L'homme ... et moi"
        (
            "L'homme qui m'accompagne et moi, sommes des réfugiés, sans doute condamnés à mort en France à cette"
            " heure.",
            "homme sommes",
        ),
        # a verb with "où": a relative clause, its inverted subject no object
        (
            "Maurice, lui aussi, relut à deux reprises avant de la rendre, cette lettre où palpitait à chaque mot"
            " une passion sublime.",
            "en palpitait",
        ),
        # an incise is no coordinated verb to give a subject
        ("« Cette fille est pleine d’esprit, se dit Mme de Chazeron.", "Cette fille se dit"),
        (
            "— Ne prenez pas cette peine, madame, répondit la voix pointue de la comtesse Isabelle, qui, du fond"
            " de son carrosse capitonné de velours puce, examinait la Drapière avec une impertinente curiosité.",
            "peine répondit",
        ),
        # "de la tendresse et une tristesse": "de" is the partitive article, not repeated before "une"
        (
            "Anna Mikhaïlovna l’imita en tout point, et, se couvrant la figure de la main, elle le quitta avec un"
            " profond soupir, pour se rapprocher de Pierre, avec une physionomie où il y avait du respect, de la"
            " tendresse et une tristesse significative.",
            "de une",
        ),
        # the parse gave the verb of a "que" clause a plural subject it does not agree with
        (
            "Les stupéfiantes révélations de Chupin, l'idée que Martial, l'héritier de son nom, conspirait"
            " peut-être avec des paysans, l'arrestation si imprévue d'un des conjurés de l'intérieur, toutes"
            " ces circonstances avaient bouleversé le duc de Sairmeuse.",
            "révélations conspirait",
        ),
        # a relative pronoun left without its verb: "qui, du premier coup d'œil." and a verb with someone else's subject
        (
            "Elle attendait depuis longtemps ce prince russe, qui, du premier coup d’œil, saurait apprécier sa"
            " supériorité sur ses jeunes compatriotes, laides et mal fagotées, s’éprendrait d’elle et l’enlèverait.",
            "Elle saurait",
        ),
        # the subject right after "qu'" belongs to the subordinate clause, not to the verb coordinated later
        (
            "Aussitôt que Bonaparte reçut le rapport de Murat, il comprit qu’on l’avait joué et lui écrivit la"
            " lettre suivante :",
            "On lui écrivit",
        ),
        # "un cri formidable": a subject the parse missed; no "il" is added
        (
            "La chambre devint silencieuse, il se passa quelques secondes, tout à coup un cri formidable retentit :",
            "Il tout",
        ),
        # a call, and a lower-case "name" that is an adjective
        ("– Ah ! chère, je ne vous reconnaissais pas, s’écria celle-ci avec joie en s’approchant d’elle.", "étais"),
        (
            "En s’approchant du régiment d’Ismaïlovsky, il ne pensait dans sa joie qu’à émerveiller Boris et ses"
            " camarades de la garde par son air de hussard aguerri qui n’en est pas à sa première campagne.",
            "Aguerri",
        ),
        # "celui qui": the demonstrative cannot be said again, and the noun before it is not what it means
        (
            "Il se disait qu’à une parole de cet homme il se sentait frémir et presque défaillir à la vue de celui"
            " qui personnifiait cette parole.",
            "La vue personnifiait",
        ),
        # "à son père" may go with "écrire": not said again with "retourna"
        (
            "Surexcité par le travail de sa pensée, le prince André retourna chez lui pour écrire à son père sa"
            " lettre quotidienne.",
            "retourna à son père",
        ),
        # "qui" after "X de Y,": which noun it tells about, the parse does not know; the verbs coordinated
        # after the relative are the relative's, not the sentence subject's
        (
            "Il avait pour correspondant un quincaillier en gros de la rue Ganterie, qui le faisait sortir une fois"
            " par mois, le dimanche, après que sa boutique était fermée, l’envoyait se promener sur le port à"
            " regarder les bateaux, puis le ramenait au collège dès sept heures, avant le souper.",
            "Ganterie le",
        ),
        (
            "Il avait pour correspondant un quincaillier en gros de la rue Ganterie, qui le faisait sortir une fois"
            " par mois, le dimanche, après que sa boutique était fermée, l’envoyait se promener sur le port à"
            " regarder les bateaux, puis le ramenait au collège dès sept heures, avant le souper.",
            "Il le ramenait",
        ),
        # without "Aussi" the inversion makes a question
        ("Aussi conjura-t-il M. Larivière de lui faire cet insigne honneur d’accepter à déjeuner.", "Conjura-t-il"),
        # a relative "qu'" left without its verb
        (
            "Madame Homais en savait quelque chose, ayant encore sur la poitrine les marques d’une écuellée de"
            " braise qu’une cuisinière, autrefois, avait laissée tomber dans son sarrau.",
            "Homais avait",
        ),
        # an aside's subject is not the sentence's
        (
            "Il le trouva seul (M. Canivet venait de partir), assis dans le fauteuil, près de la fenêtre, et"
            " contemplant d’un regard idiot les pavés de la salle.",
            "Canivet contemplait",
        ),
        # the comparison after the relative goes with it
        (
            "L’Aveugle tendait son chapeau, qui ballottait au bord de la portière, comme une poche de la"
            " tapisserie déclouée.",
            "chapeau comme",
        ),
        # a list item holding a finite verb is a clause ("en os qu'elle met"), not an item to give the verb again
        ("C'est au collet des gens en chair et en os qu'elle met sa main brutale.", "C'est en os"),
        ("Instinctivement il s'élança à leur poursuite et en atteignit un qu'il saisit au collet.", "s'élança en"),
        # ", le blessé, ... parut": the verb's own subject set off by commas, which the parse missed
        (
            "Cet espoir ne fut pas déçu, car à trois jours de là, le blessé, après une nuit relativement paisible,"
            " parut reprendre connaissance.",
            "espoir parut",
        ),
        # no sentence without a verb
        (
            "Le docteur et le juge étaient, comme mon frère et moi, en habit de cour, et les deux officiers en"
            " uniforme de grande tenue.",
            "Le juge en habit",
        ),
        # "en avant" is no gerund ("avant" -> "avait")
        (
            "Mais bientôt l’émotion disparut ; et, se balançant au rythme de l’orchestre, elle glissait en avant,"
            " avec des mouvements légers du cou.",
            "Elle avait",
        ),
        # "mais" opens a clause, not a second item after "serait"
        ("Elle serait bien descendue causer avec la bonne, mais une pudeur la retenait.", "Elle serait mais"),
        # "seul" hangs on "lui": the phrase is not taken out without it
        (
            "Donc, elle reporta sur lui seul la haine nombreuse qui résultait de ses ennuis, et chaque effort pour"
            " l’amoindrir ne servait qu’à l’augmenter.",
            "reporta seul",
        ),
        # "qui est là ?" is a question
        (
            "Hé, qui est là ? ajouta-t-il, en entendant derrière la porte un bruit de grosses bottes et d’éperons,"
            " accompagné d’une petite toux respectueuse.",
            "Hé est là",
        ),
        # after a mere comma, a noun is not one more item taking the preposition of the first
        (
            "Il y a sur le boulevard, chez un marchand d’estampes, une gravure italienne qui représente une Muse.",
            "chez une gravure",
        ),
        (
            "Il arrivait parfois des rafales de vent, brises de la mer qui, roulant d’un bond sur tout le plateau"
            " du pays de Caux, apportaient, jusqu’au loin dans les champs, une fraîcheur salée.",
            "arrivait dans une fraîcheur",
        ),
        # "ce" goes before "être" only: never said again before another verb
        (
            "C’est pourquoi une rumeur, d’abord sourde et vague, se répandit, s’enfla, et la voix de la calomnie"
            " souffla aux quatre coins de la province.",
            "C’s",
        ),
        # items of a list under "tous les" are no description of the subject
        (
            "Levé avant l'aube, couché bien après, il épuisait ses journées à visiter toutes les maisons meublées,"
            " tous les hôtels, tous les garnis de Paris.",
            "était tous",
        ),
        # the parse hung the verb's object inside the phrase: the phrase is not told apart with it
        (
            "M. d'Escorval voulait éteindre dans le cœur de son fils la dernière lueur d'espoir.",
            "C'était dans le cœur",
        ),
        # the parse hung the main clause on "quand": the clause after the comma is not the one "quand" opens
        (
            "Dans les beaux soirs d’été, à l’heure où les rues tièdes sont vides, quand les servantes jouent au"
            " volant sur le seuil des portes, il ouvrait sa fenêtre et s’accoudait.",
            "Alors dans",
        ),
        # one of two coordinated subjects is not the subject
        ("L'abbé Midon et Maurice frissonnaient en remontant en voiture.", "Maurice remontait"),
        # a participle without its auxiliary is no verb to say again
        (
            "La balle qui lui avait donné la mort avait été tirée à plus d'un mètre de lui, et sa blessure n'avait"
            " rien de l'aspect hideux de l'autre.",
            "Elle tirée",
        ),
        # a "quand" breaking into a scene in the imparfait tells no sequel
        (
            "Tout y était en désordre, car la duchesse, de retour de la Poivrière, achevait de s'habiller, quand on"
            " lui avait annoncé une visite.",
            "Alors",
        ),
        # the object of the verb before, and a noun's complement, are no subjects for the next verb
        (
            "Napoléon, craignant de laisser échapper sa facile proie, arrivait avec toute sa garde pour livrer"
            " bataille, tandis que les quatre mille hommes de Bagration allumaient gaiement leurs feux, se séchaient,"
            " se chauffaient pour la première fois depuis trois jours, et cuisaient leur gruau, sans qu’aucun d’eux"
            " pressentît l’ouragan qui allait fondre sur eux.",
            "feux cuisaient",
        ),
        (
            "Napoléon arrivait avec toute sa garde pour livrer bataille, tandis que les quatre mille hommes de"
            " Bagration allumaient gaiement leurs feux, se séchaient, se chauffaient pour la première fois depuis"
            " trois jours, et cuisaient leur gruau.",
            "Bagration cuisaient",
        ),
        # after "une personne du sexe,", which noun "qui" tells about the parse does not know
        (
            "Mais, n’étant pas très versé dans ces matières sitôt qu’elles dépassaient une certaine mesure, il écrivit"
            " à M. Boulard, libraire de Monseigneur, de lui envoyer quelque chose de fameux pour une personne du sexe,"
            " qui était pleine d’esprit.",
            "sexe était",
        ),
        # a second verb in the relative is the main clause's
        (
            "L’amas des pensées tristes qui les assombrissaient parut se retirer de ses yeux bleus ; tout son visage"
            " rayonna.",
            "Les pensées tristes les assombrissaient",
        ),
        (
            "La nuit, elle rêva de Florimond et se vit devisant avec lui sur les choses de l’amour supérieur.",
            "La nuit se",
        ),
        (
            "Au moment où passait le bataillon d’Apchéron, Miloradovitch s’élança en avant ; son manteau était rejeté"
            " en arrière et laissait voir son uniforme chamarré de décorations.",
            "Miloradovitch laissait",
        ),
        # a verb the small model takes for a noun, a title without its name: no subject to say again
        (
            "M. Clément, qui venait tout à fait derrière, en tête de six grands laquais, les laissa marcher et"
            " s’arrêta sur un signe de Françoise, dont la mine se montrait au-dessus du monceau de pierres.",
            "Les laissa s’arrêta",
        ),
        (
            "Et M. de Montenay terminait sa lettre par divers souhaits et formules de politesse, avec le désir"
            " d’éviter à M. Florimond Pontaillan la peine de s’en retourner.",
            "M. la terminait",
        ),
        # "que j'aie" after "les seuls amis" is a subjunctive, no fact to tell
        ("Ah ! vous le savez bien, vous êtes les meilleurs, les seuls amis que j'aie ici-bas !…", "J'aie"),
        # "tout de son long" gives no "en"
        (
            "Elle s'était affaissée sur son fauteuil ; une convulsion suprême la tordit comme un lien de fagot ; elle"
            " glissa sur le tapis et tomba tout de son long, sur le dos…",
            "en tomba",
        ),
        # "; et le charme ..." opens a clause with its own subject
        (
            "Emma ressemblait à toutes les maîtresses ; et le charme de la nouveauté, peu à peu tombant comme un"
            " vêtement, laissait voir à nu l’éternelle monotonie de la passion.",
            "Emma laissait",
        ),
        # the gerund after "quand le Suisse s'approcha" is the Swiss's
        ("Elle se relevait, et ils allaient partir, quand le Suisse s’approcha vivement, en disant :", "Ils disaient"),
        # a verb after "que" may be the subordinate clause's: its subject is not the main one
        (
            "Le jeune policier pensa qu'un peu d'exagération ne pouvait nuire, et même lui assurait un concours plus"
            " efficace.",
            "Le jeune policier ne pouvait",
        ),
        # "l'interrompit" after the relative's verb is the main clause's verb
        (
            "Un sanglot qui montait à sa gorge l'interrompit, il voila sa figure de ses mains, pour dérober le"
            " spectacle de ses larmes, et pendant un moment il parut anéanti.",
            "Le sanglot montait",
        ),
        # "et la tranquillisa" is a verb with its object pronoun, no item of a list
        ("Natacha l’attira à elle, l’embrassa, et la tranquillisa en lui souriant à travers ses pleurs.", "l’l’"),
        # an incise is no description of the speaker
        ("— Je viens d'envoyer chercher des chevaux de poste, dit-il…", "suis dit"),
        # a repeated subject agrees with the verb's ending, whatever the small model tags the verb
        (
            "La maison était hermétiquement close, mais par des ouvertures en forme de cœur, pratiquées aux volets,"
            " filtraient des lueurs rougeâtres comme celles d'un incendie.",
            "maison filtraient",
        ),
        # "où" inverts no subject that opens on a bare noun; "le cas où" tells no place
        (
            "Enfin la lingère et sa gouvernante Macette étaient montées sur des mules où leur faisait contrepoids un"
            " panier.",
            "Contrepoids un panier",
        ),
        (
            "Enfin, pour le premier jour où Martial suivrait sa femme, Jean avait prévu le cas où il entrerait"
            " derrière elle à la Poivrière.",
            "y entrerait",
        ),
        # "tous" is plural
        (
            "Tous, s’interrompant les uns les autres, lui donnaient des ordres et des contre-ordres sur la route"
            " qu’il devait suivre, l’accablant de reproches et de critiques.",
            "Tous s’interrompait",
        ),
        # "; et Rodolphe" opens a clause with its own subject
        (
            "Elle n’y voulut pas croire ; elle redoubla de tendresse ; et Rodolphe, de moins en moins, cacha son"
            " indifférence.",
            "Elle cacha",
        ),
        # the parse's knot under "sur la tête" holds the verb's object
        (
            "Il portait une vieille blouse toute maculée, et avait sur la tête un feutre mou hideux, une loque de"
            " feutre.",
            "Il avait.",
        ),
        # people who come down one after the other are no list of what Emma took down
        (
            "Emma descendit la première, puis Félicité, M. Lheureux, une nourrice, et l’on fut obligé de réveiller"
            " Charles dans son coin, où il s’était endormi complètement dès que la nuit était venue.",
            "descendit une nourrice",
        ),
        # "y" follows the reflexive pronoun
        (
            "Emma descendit la première, puis Félicité, M. Lheureux, une nourrice, et l’on fut obligé de réveiller"
            " Charles dans son coin, où il s’était endormi complètement dès que la nuit était venue.",
            "y s’était",
        ),
        # "je dînais ... quand ce gars-là est venu": no sequel to tell with "Alors"
        (
            "Je dînais seul, hier soir, chez un traiteur, tout en haut de la rue Mouffetard, quand ce gars-là est venu"
            " s'asseoir à ma table.",
            "Ce gars-là est venu",
        ),
        # the incise's pronoun is the subject, not the word the parse hung on the verb
        ("« Merci, mon ami, dit-elle en l’embrassant et en reprenant sa place à ses côtés.", "Merci reprenait"),
        # a participle or "voilà" is no noun to say again
        (
            "Marchant sur elle, Catherine lui saisit les deux poignets, et dardant ses regards au fond des yeux bleus"
            " qui se détournaient en vain :",
            "Marchant darda",
        ),
        (
            "— Voilà qui prouve bien l'inanité des prévisions humaines, disait-il à Mme d'Escorval, ce qui devait"
            " nous perdre nous sauvera.",
            "Voilà prouve",
        ),
        # a participle is no relative's verb
        (
            "Sa bouche entr’ouverte en un sourire laissa échapper des sons, ces sons que le premier gosier venu peut"
            " lancer à toute heure.",
            "venu ces sons",
        ),
        # a time is no object to give back as "le"
        (
            "Une petite société d’intimes, de parents et d’amis, au dire de la princesse, soupait chez eux le soir"
            " de la fête d’Hélène.",
            "le soupait",
        ),
        # a possessive pronoun is no antecedent to say again
        (
            "Il eut dû y être à cette heure, près de Blanche, cette jeune femme si jolie qui était la sienne, qu'il"
            " n'aimait pas, mais dont il était passionnément aimé…",
            "aimait pas la sienne",
        ),
        # "tout en ouvrant": "tout" goes with the gerund's "en"
        (
            "Elle roulait sa tête avec un geste doux plein d’angoisse, et tout en ouvrant continuellement les"
            " mâchoires, comme si elle eût porté sur sa langue quelque chose de très lourd.",
            "tout ouvrait",
        ),
        # "à dessin" completes "cartons": no list to tell, no place to say the verb again with
        ("Elle laissa dans l’armoire ses cartons à dessin et la tapisserie.", "laissa à la tapisserie"),
        ("Elle laissa dans l’armoire ses cartons à dessin et la tapisserie.", "les laissa à dessin"),
    ],
)
def test_no_rewrite_where_the_pronoun_or_the_clause_would_be_wrong(text, refused):
    assert not any(refused in p.text for p in _rewrite(text))


@pytest.mark.parametrize("style", ["sentences", "exact"])
def test_a_title_stays_with_its_name(style):
    text = (
        "Il le trouva seul (M. Canivet venait de partir), assis dans le fauteuil, près de la fenêtre, et"
        " contemplant d’un regard idiot les pavés de la salle."
    )
    pieces = split_sentences([text], ProcessorSettings(max_words=8, style=style))[0]
    assert not any(p.text.rstrip(".").endswith(("M", "Mme")) for p in pieces)
    assert any("M. Canivet" in p.text for p in pieces)


def test_a_verb_of_a_subordinate_clause_is_not_said_again():
    pieces = _rewrite("Elle rêvait quand ses yeux se reportaient sur la cheminée garnie d’écrans chinois.")
    assert sum("se reportaient" in p.text for p in pieces) == 1


def test_verbs_in_a_compound_tense_after_commas_get_their_subject_back():
    text = (
        "Nous nous sommes enfuis, mais ce noble de malheur a poursuivi Carini, l'a atteint, l'a pris au collet,"
        " et l'a traîné à la citadelle."
    )
    pieces = _rewrite(text)
    # "l'" is the object, never the subject: no piece opens on it claiming to stand alone
    assert not any(p.text.startswith("L'a") and p.stands_alone for p in pieces)
    assert any(p.text.endswith("l'a traîné à la citadelle.") and p.stands_alone for p in pieces)
    assert fidelity(text, [p.text for p in pieces]).invented == 0


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # a clitic the small model tags as the subject does not make the verb's subject
        ("Ne s’appliqua plus qu’à la défense.", False),
        ("Osait l’appeler ainsi.", False),
        # but an elided article before its noun is no clitic
        ("L’enfant reçut les noms de Florimond-Charles-Claude.", True),
    ],
)
def test_a_clitic_is_no_subject(text, alone):
    (piece,) = _rewrite(text)
    assert piece.stands_alone is alone


def test_a_phrase_holding_the_verbs_object_stays_and_a_participle_is_no_verb():
    # The parse hung the object "un rassemblement" on "devant la porte": taking the phrase out would leave "elle
    # trouva." with nothing found; "les yeux largement écarquillés" has no verb of its own.
    pieces = _rewrite(
        "Quand Marie-Anne sortit de son auberge, elle trouva devant la porte un rassemblement qui l'attendait"
        " bouche béante, les yeux largement écarquillés."
    )
    assert not any(p.text.endswith(("trouva.", "trouva les yeux largement écarquillés.")) for p in pieces)
    assert all(not p.stands_alone for p in pieces if p.text == "Les yeux largement écarquillés.")


def test_a_name_said_again_keeps_its_title():
    # "Chupin" alone is another person of the book than "la veuve Chupin"
    pieces = _rewrite(
        "Elle était des plus joviales, bien que troublée par l'atroce voix de la veuve Chupin qui, enrageant dans"
        " son compartiment, chantait où vomissait des injures, alternativement."
    )
    assert not any(p.text.startswith("Chupin") for p in pieces)
    assert any(p.text.startswith("La veuve Chupin") for p in pieces)
