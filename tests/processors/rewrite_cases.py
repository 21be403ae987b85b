"""Hand-checked rewrites of long sentences from the corpus novels, at limits of 8 and 12 words.

Each case is a sentence of more than 12 words taken verbatim from one of the five books in
shared/corpus/text (only whitespace normalised), with the rewrites a careful reader accepts at
each limit. A rewrite is a list of pieces; every piece

- has at most N words (a word is a whitespace token holding a letter or digit);
- is a grammatical sentence a learner can study alone: a capital first (after « or a dash for
  speech), end punctuation last (a closing » may follow), a subject with its finite verb
  (imperatives count);
- keeps tense, person, meaning and the order of events, and adds only function words
  (subject pronouns, être in the original's tense, articles, "alors", "c'est", "il y a");
  a pronoun agrees with what it stands for, or the name is repeated.

Coordinated clauses become sentences; non-restrictive relative, participial and appositive
phrases become sentences about what they describe; long enumerations repeat their governing
verb; adverbial clauses are split with their link kept ("Alors ...", "C'était quand ...") or
kept whole; an incise stays with its spoken line, and each piece of a spoken line keeps its
« » balanced or its leading dash. Pieces use the book's own typography (’ or ', — or –).

`"fits": False` marks a limit at which the sentence cannot be rewritten without losing or
inventing content (a single clause longer than the limit, a "si" clause that cannot stand
alone, ...); its acceptable list is then empty. A rewrite acceptable at 8 is also listed at 12
when room allows. Categories: narration, dialogue, enumerations, relatives, participles,
adverbial, coordination. rewrite_judge.py scores a processor's outputs against these cases.
"""

from __future__ import annotations

CASES: list[dict] = [
    {
        "id": "flaubert-0001",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": "Elle se redressa toute rouge et le regarda par-dessus l’épaule, en lui tendant son nerf de bœuf.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle se redressa toute rouge.",
                        "Elle le regarda par-dessus l’épaule.",
                        "Elle lui tendit son nerf de bœuf.",
                    ],
                    [
                        "Elle se redressa toute rouge.",
                        "Elle le regarda par-dessus l’épaule.",
                        "Elle lui tendait son nerf de bœuf.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle se redressa toute rouge et le regarda par-dessus l’épaule.",
                        "Elle lui tendit son nerf de bœuf.",
                    ],
                    [
                        "Elle se redressa toute rouge.",
                        "Elle le regarda par-dessus l’épaule.",
                        "Elle lui tendit son nerf de bœuf.",
                    ],
                    [
                        "Elle se redressa toute rouge.",
                        "Elle le regarda par-dessus l’épaule.",
                        "Elle lui tendait son nerf de bœuf.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0002",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Je sais ce que c’est ! disait-il en lui frappant sur l’épaule ; j’ai été comme vous, moi aussi !",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Je sais ce que c’est ! disait-il.",
                        "Il lui frappait sur l’épaule.",
                        "– J’ai été comme vous, moi aussi !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Je sais ce que c’est ! disait-il en lui frappant sur l’épaule.",
                        "– J’ai été comme vous, moi aussi !",
                    ],
                    [
                        "– Je sais ce que c’est ! disait-il.",
                        "Il lui frappait sur l’épaule.",
                        "– J’ai été comme vous, moi aussi !",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0003",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Les poiriers déjà étaient en fleur, et le bonhomme Rouault, debout maintenant, allait et "
            "venait, ce qui rendait la ferme plus animée."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les poiriers déjà étaient en fleur.",
                        "Le bonhomme Rouault était debout maintenant.",
                        "Il allait et venait.",
                        "Cela rendait la ferme plus animée.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les poiriers déjà étaient en fleur.",
                        "Et le bonhomme Rouault, debout maintenant, allait et venait.",
                        "Cela rendait la ferme plus animée.",
                    ],
                    [
                        "Les poiriers déjà étaient en fleur.",
                        "Le bonhomme Rouault était debout maintenant.",
                        "Il allait et venait.",
                        "Cela rendait la ferme plus animée.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0004",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Le jour qui descendait par la cheminée, veloutant la suie de la plaque, bleuissait un peu les "
            "cendres froides."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le jour descendait par la cheminée.",
                        "Il veloutait la suie de la plaque.",
                        "Il bleuissait un peu les cendres froides.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le jour descendait par la cheminée.",
                        "Il veloutait la suie de la plaque.",
                        "Il bleuissait un peu les cendres froides.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0005",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "Ils tournaient : tout tournait autour d’eux, les lampes, les meubles, les lambris, et le "
            "parquet, comme un disque sur un pivot."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Ils tournaient.",
                        "Tout tournait autour d’eux.",
                        "Les lampes, les meubles, les lambris tournaient.",
                        "Et le parquet tournait.",
                        "C’était comme un disque sur un pivot.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ils tournaient.",
                        "Tout tournait autour d’eux.",
                        "Les lampes, les meubles, les lambris, et le parquet tournaient autour d’eux.",
                        "C’était comme un disque sur un pivot.",
                    ],
                    [
                        "Ils tournaient.",
                        "Tout tournait autour d’eux.",
                        "Les lampes, les meubles, les lambris tournaient.",
                        "Et le parquet tournait.",
                        "C’était comme un disque sur un pivot.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0006",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": "Chaque bête s’agitait dans sa stalle, quand on passait près d’elle, en claquant de la langue.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Chaque bête s’agitait dans sa stalle.",
                        "C’était quand on passait près d’elle.",
                        "Elle claquait de la langue.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Chaque bête s’agitait dans sa stalle, quand on passait près d’elle.",
                        "Elle claquait de la langue.",
                    ],
                    [
                        "Chaque bête s’agitait dans sa stalle.",
                        "C’était quand on passait près d’elle.",
                        "Elle claquait de la langue.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0007",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": "Quand Charles lui raconta, le soir, cette anecdote, Emma s’emporta bien haut contre le confrère.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le soir, Charles lui raconta cette anecdote.",
                        "Alors Emma s’emporta bien haut contre le confrère.",
                    ],
                    [
                        "Charles lui raconta, le soir, cette anecdote.",
                        "Alors Emma s’emporta bien haut contre le confrère.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le soir, Charles lui raconta cette anecdote.",
                        "Alors Emma s’emporta bien haut contre le confrère.",
                    ],
                    [
                        "Charles lui raconta, le soir, cette anecdote.",
                        "Alors Emma s’emporta bien haut contre le confrère.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0008",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": "Quelque chat sur les toits, marchant lentement, bombait son dos aux rayons pâles du soleil.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Quelque chat sur les toits marchait lentement.",
                        "Il bombait son dos.",
                        "C’était aux rayons pâles du soleil.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Quelque chat sur les toits marchait lentement.",
                        "Il bombait son dos aux rayons pâles du soleil.",
                    ],
                    [
                        "Quelque chat sur les toits marchait lentement.",
                        "Il bombait son dos.",
                        "C’était aux rayons pâles du soleil.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0009",
        "book": "flaubert_madame_bovary",
        "category": "narration",
        "source": "Il y a un endroit que l’on nomme la Pâture, sur le haut de la côte, à la lisière de la forêt.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il y a un endroit.",
                        "On le nomme la Pâture.",
                        "Il est sur le haut de la côte.",
                        "Il est à la lisière de la forêt.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il y a un endroit que l’on nomme la Pâture.",
                        "Il est sur le haut de la côte.",
                        "Il est à la lisière de la forêt.",
                    ],
                    [
                        "Il y a un endroit.",
                        "On le nomme la Pâture.",
                        "Il est sur le haut de la côte.",
                        "Il est à la lisière de la forêt.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0010",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Léon, en effet, logeait chez le pharmacien, où il avait une petite pièce au second étage, sur la place."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Léon, en effet, logeait chez le pharmacien.",
                        "Léon y avait une petite pièce.",
                        "Elle était au second étage, sur la place.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Léon, en effet, logeait chez le pharmacien.",
                        "Léon y avait une petite pièce au second étage, sur la place.",
                    ],
                    [
                        "Léon, en effet, logeait chez le pharmacien.",
                        "Il y avait une petite pièce au second étage, sur la place.",
                    ],
                    [
                        "Léon, en effet, logeait chez le pharmacien.",
                        "Léon y avait une petite pièce.",
                        "Elle était au second étage, sur la place.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0011",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Peu à peu, le souvenir de cette admonition s’affaiblit, et il continuait, comme autrefois, à "
            "donner des consultations anodines dans son arrière-boutique."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Peu à peu, le souvenir de cette admonition s’affaiblit.",
                        "Il continuait, comme autrefois, à donner des consultations anodines.",
                        "C’était dans son arrière-boutique.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0012",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": "Elle la prit avec la couverture qui l’enveloppait, et se mit à chanter doucement en se dandinant.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle la prit avec la couverture qui l’enveloppait.",
                        "Elle se mit à chanter doucement.",
                        "Elle se dandinait.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle la prit avec la couverture qui l’enveloppait.",
                        "Et elle se mit à chanter doucement en se dandinant.",
                    ],
                    [
                        "Elle la prit avec la couverture qui l’enveloppait.",
                        "Elle se mit à chanter doucement.",
                        "Elle se dandinait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0013",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Ah ! se dit-elle, il porte un couteau dans sa poche, comme un paysan !",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Ah ! se dit-elle.", "– Il porte un couteau dans sa poche !", "– C’est comme un paysan !"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Ah ! se dit-elle, il porte un couteau dans sa poche !", "– C’est comme un paysan !"],
                    ["– Ah ! se dit-elle.", "– Il porte un couteau dans sa poche !", "– C’est comme un paysan !"],
                ],
            },
        },
    },
    {
        "id": "flaubert-0014",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "Elle s’étonnait parfois des conjectures atroces qui lui arrivaient à la pensée ; et il fallait "
            "continuer à sourire, s’entendre répéter qu’elle était heureuse, faire semblant de l’être, le "
            "laisser croire !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle s’étonnait parfois des conjectures atroces.",
                        "Elles lui arrivaient à la pensée.",
                        "Et il fallait continuer à sourire.",
                        "Il fallait s’entendre répéter qu’elle était heureuse.",
                        "Il fallait faire semblant de l’être.",
                        "Il fallait le laisser croire !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle s’étonnait parfois des conjectures atroces qui lui arrivaient à la pensée.",
                        "Et il fallait continuer à sourire.",
                        "Il fallait s’entendre répéter qu’elle était heureuse.",
                        "Il fallait faire semblant de l’être.",
                        "Il fallait le laisser croire !",
                    ],
                    [
                        "Elle s’étonnait parfois des conjectures atroces.",
                        "Elles lui arrivaient à la pensée.",
                        "Et il fallait continuer à sourire.",
                        "Il fallait s’entendre répéter qu’elle était heureuse.",
                        "Il fallait faire semblant de l’être.",
                        "Il fallait le laisser croire !",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0015",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": "Elle restait brisée, haletante, inerte, sanglotant à voix basse et avec des larmes qui coulaient.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle restait brisée, haletante, inerte.",
                        "Elle sanglotait à voix basse.",
                        "Elle sanglotait avec des larmes qui coulaient.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle restait brisée, haletante, inerte.",
                        "Elle sanglotait à voix basse et avec des larmes qui coulaient.",
                    ],
                    [
                        "Elle restait brisée, haletante, inerte.",
                        "Elle sanglotait à voix basse.",
                        "Elle sanglotait avec des larmes qui coulaient.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0016",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Quoi ! répliqua le bonhomme tout étonné, il ne vous ordonne pas quelque chose ?",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Quoi ! répliqua le bonhomme.",
                        "Il était tout étonné.",
                        "– Il ne vous ordonne pas quelque chose ?",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Quoi ! répliqua le bonhomme, il ne vous ordonne pas quelque chose ?", "Il était tout étonné."],
                    [
                        "– Quoi ! répliqua le bonhomme.",
                        "Il était tout étonné.",
                        "– Il ne vous ordonne pas quelque chose ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0017",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": (
            "– Vous vous trouvez gênée ? fit-il, en s’avançant d’un air inquiet ; c’est la digestion, sans doute ?"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Vous vous trouvez gênée ? fit-il.",
                        "Il s’avançait d’un air inquiet.",
                        "– C’est la digestion, sans doute ?",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Vous vous trouvez gênée ? fit-il, en s’avançant d’un air inquiet.",
                        "– C’est la digestion, sans doute ?",
                    ],
                    [
                        "– Vous vous trouvez gênée ? fit-il.",
                        "Il s’avançait d’un air inquiet.",
                        "– C’est la digestion, sans doute ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0018",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": "Madame Bovary mère partit un mercredi, qui était jour de marché à Yonville.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Madame Bovary mère partit un mercredi.", "C’était jour de marché à Yonville."],
                    ["Madame Bovary mère partit un mercredi.", "Ce mercredi était jour de marché à Yonville."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Madame Bovary mère partit un mercredi.", "C’était jour de marché à Yonville."],
                    ["Madame Bovary mère partit un mercredi.", "Ce mercredi était jour de marché à Yonville."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0019",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Cependant M. Boulanger congédia son domestique, en l’engageant à se tranquilliser l’esprit, "
            "puisque sa fantaisie était passée."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant M. Boulanger congédia son domestique.",
                        "Il l’engagea à se tranquilliser l’esprit.",
                        "Car sa fantaisie était passée.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant M. Boulanger congédia son domestique.",
                        "Il l’engagea à se tranquilliser l’esprit, puisque sa fantaisie était passée.",
                    ],
                    [
                        "Cependant M. Boulanger congédia son domestique.",
                        "Il l’engagea à se tranquilliser l’esprit.",
                        "Car sa fantaisie était passée.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0020",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "On aura continuellement le marmot sur les épaules, et la bonne, les voisins, le mari, toute "
            "sorte de tracasseries considérables."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "On aura continuellement le marmot sur les épaules.",
                        "On aura la bonne, les voisins, le mari.",
                        "On aura toute sorte de tracasseries considérables.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "On aura continuellement le marmot sur les épaules.",
                        "On aura la bonne, les voisins, le mari.",
                        "On aura toute sorte de tracasseries considérables.",
                    ],
                    [
                        "On aura continuellement le marmot sur les épaules.",
                        "Et on aura la bonne, les voisins, le mari.",
                        "On aura toute sorte de tracasseries considérables.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0021",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": (
            "– Oui, j’y vais, répliqua l’apothicaire étonné ; ne fais-je point partie de la commission consultative ?"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Oui, j’y vais, répliqua l’apothicaire étonné.",
                        "– Ne fais-je point partie de la commission consultative ?",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Oui, j’y vais, répliqua l’apothicaire étonné.",
                        "– Ne fais-je point partie de la commission consultative ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0022",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Le médecin, flatté de ce titre inattendu, se répandit en obséquiosités, et l’autre en profita "
            "pour se remettre un peu."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le médecin était flatté de ce titre inattendu.",
                        "Il se répandit en obséquiosités.",
                        "L’autre en profita pour se remettre un peu.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le médecin, flatté de ce titre inattendu, se répandit en obséquiosités.",
                        "Et l’autre en profita pour se remettre un peu.",
                    ],
                    [
                        "Le médecin était flatté de ce titre inattendu.",
                        "Il se répandit en obséquiosités.",
                        "Et l’autre en profita pour se remettre un peu.",
                    ],
                    [
                        "Le médecin était flatté de ce titre inattendu.",
                        "Il se répandit en obséquiosités.",
                        "L’autre en profita pour se remettre un peu.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0023",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Eh ! comment veux-tu que je monte à cheval, puisque je n’ai pas d’amazone ?",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Eh ! comment veux-tu que je monte à cheval ?", "– Car je n’ai pas d’amazone."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Eh ! comment veux-tu que je monte à cheval ?", "– Car je n’ai pas d’amazone."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0024",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": "Ils arrivèrent à un endroit plus large, où l’on avait abattu des baliveaux.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Ils arrivèrent à un endroit plus large.", "On y avait abattu des baliveaux."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Ils arrivèrent à un endroit plus large.", "On y avait abattu des baliveaux."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0025",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": (
            "Çà et là, tout autour d’elle, dans les feuilles ou par terre, des taches lumineuses "
            "tremblaient, comme si des colibris, en volant, eussent éparpillé leurs plumes."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Çà et là, tout autour d’elle, des taches lumineuses tremblaient.",
                        "C’était dans les feuilles ou par terre.",
                        "C’était comme si des colibris, en volant, eussent éparpillé leurs plumes.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0026",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Pensant même que cela te serait agréable, je l’ai retenue…, je l’ai achetée…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Je pensais même que cela te serait agréable.", "– Je l’ai retenue…, je l’ai achetée…"],
                    ["– Je pensais même que cela te serait agréable.", "– Je l’ai retenue…", "– Je l’ai achetée…"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Je pensais même que cela te serait agréable.", "– Je l’ai retenue…, je l’ai achetée…"],
                    ["– Je pensais même que cela te serait agréable.", "– Je l’ai retenue…", "– Je l’ai achetée…"],
                ],
            },
        },
    },
    {
        "id": "flaubert-0027",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Oui, dit-elle en balbutiant ; je viens de chez la nourrice où est mon enfant.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Oui, dit-elle en balbutiant.", "– Je viens de chez la nourrice.", "– Mon enfant y est."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Oui, dit-elle en balbutiant.", "– Je viens de chez la nourrice où est mon enfant."],
                    ["– Oui, dit-elle en balbutiant.", "– Je viens de chez la nourrice.", "– Mon enfant y est."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0028",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": "Cependant, comme les bougies l’éblouissaient, il se tournait vers le mur et s’endormait.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Cependant, les bougies l’éblouissaient.", "Alors il se tournait vers le mur.", "Il s’endormait."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Cependant, comme les bougies l’éblouissaient, il se tournait vers le mur.", "Et il s’endormait."],
                    ["Cependant, les bougies l’éblouissaient.", "Alors il se tournait vers le mur.", "Il s’endormait."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0029",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "Ils entendaient derrière eux la rivière qui coulait, et, de temps à autre, sur la berge, le "
            "claquement des roseaux secs."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ils entendaient derrière eux la rivière qui coulait.",
                        "De temps à autre, ils entendaient le claquement des roseaux secs.",
                        "C’était sur la berge.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0030",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": (
            "Lorsque la nuit était pluvieuse, ils s’allaient réfugier dans le cabinet aux consultations, "
            "entre le hangar et l’écurie."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Lorsque la nuit était pluvieuse, ils s’allaient réfugier.",
                        "C’était dans le cabinet aux consultations.",
                        "Il était entre le hangar et l’écurie.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Lorsque la nuit était pluvieuse, ils s’allaient réfugier.",
                        "C’était dans le cabinet aux consultations.",
                        "Il était entre le hangar et l’écurie.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0031",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "Rodolphe arrivait ; c’était pour lui dire qu’elle s’ennuyait, que son mari était odieux et son "
            "existence affreuse !"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Rodolphe arrivait.",
                        "C’était pour lui dire qu’elle s’ennuyait.",
                        "C’était pour lui dire que son mari était odieux.",
                        "C’était pour lui dire que son existence était affreuse !",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0032",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "C’était M. Lheureux, le marchand, qui s’était chargé de la commande ; cela lui fournit "
            "l’occasion de fréquenter Emma."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était M. Lheureux, le marchand.",
                        "Il s’était chargé de la commande.",
                        "Cela lui fournit l’occasion de fréquenter Emma.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était M. Lheureux, le marchand, qui s’était chargé de la commande.",
                        "Cela lui fournit l’occasion de fréquenter Emma.",
                    ],
                    [
                        "C’était M. Lheureux, le marchand.",
                        "Il s’était chargé de la commande.",
                        "Cela lui fournit l’occasion de fréquenter Emma.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0033",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Elle montait vite entre les branches des peupliers, qui la cachaient de place en place, comme "
            "un rideau noir, troué."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle montait vite entre les branches des peupliers.",
                        "Les branches la cachaient de place en place.",
                        "C’était comme un rideau noir, troué.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle montait vite entre les branches des peupliers.",
                        "Elles la cachaient de place en place, comme un rideau noir, troué.",
                    ],
                    [
                        "Elle montait vite entre les branches des peupliers.",
                        "Les branches la cachaient de place en place.",
                        "C’était comme un rideau noir, troué.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0034",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": (
            "Mais, quand il eut la plume entre les doigts, il ne sut rien trouver, si bien que, s’appuyant "
            "sur les deux coudes, il se mit à réfléchir."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais il eut la plume entre les doigts.",
                        "Alors il ne sut rien trouver.",
                        "Il s’appuya sur les deux coudes.",
                        "Alors il se mit à réfléchir.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais il eut la plume entre les doigts.",
                        "Alors il ne sut rien trouver.",
                        "Il s’appuya sur les deux coudes.",
                        "Alors il se mit à réfléchir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0035",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Les prêtres en connaissaient l’importance, eux qui ont toujours mêlé des aromates à leurs cérémonies."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les prêtres en connaissaient l’importance.",
                        "Ils ont toujours mêlé des aromates à leurs cérémonies.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0036",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Et Emma quotidiennement attendait, avec une sorte d’anxiété, l’infaillible retour d’événements "
            "minimes, qui pourtant ne lui importaient guère."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Emma quotidiennement attendait l’infaillible retour d’événements minimes.",
                        "C’était avec une sorte d’anxiété.",
                        "Pourtant ils ne lui importaient guère.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        (
                            "Et Emma quotidiennement attendait, avec une sorte d’anxiété, l’infaillible retour "
                            "d’événements minimes."
                        ),
                        "Pourtant ils ne lui importaient guère.",
                    ],
                    [
                        "Emma quotidiennement attendait l’infaillible retour d’événements minimes.",
                        "C’était avec une sorte d’anxiété.",
                        "Pourtant ils ne lui importaient guère.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0037",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "D’ailleurs, imaginant qu’elle y mettait de la délicatesse, Charles insista davantage ; si bien "
            "qu’elle finit, à force d’obsessions, par se décider."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Charles imaginait qu’elle y mettait de la délicatesse.",
                        "D’ailleurs, il insista davantage.",
                        "Alors elle finit par se décider.",
                        "C’était à force d’obsessions.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "D’ailleurs, Charles imaginait qu’elle y mettait de la délicatesse.",
                        "Il insista davantage.",
                        "Alors elle finit, à force d’obsessions, par se décider.",
                    ],
                    [
                        "Charles imaginait qu’elle y mettait de la délicatesse.",
                        "D’ailleurs, il insista davantage.",
                        "Alors elle finit par se décider.",
                        "C’était à force d’obsessions.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0038",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Emma voulut sortir ; la foule encombrait les corridors, et elle retomba dans son fauteuil avec "
            "des palpitations qui la suffoquaient."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Emma voulut sortir.",
                        "La foule encombrait les corridors.",
                        "Elle retomba dans son fauteuil avec des palpitations.",
                        "Elles la suffoquaient.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Emma voulut sortir.",
                        "La foule encombrait les corridors.",
                        "Et elle retomba dans son fauteuil avec des palpitations qui la suffoquaient.",
                    ],
                    [
                        "Emma voulut sortir.",
                        "La foule encombrait les corridors.",
                        "Elle retomba dans son fauteuil avec des palpitations.",
                        "Elles la suffoquaient.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0039",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Mais les hommes avaient aussi leurs chagrins, et la conversation s’engagea par quelques "
            "réflexions philosophiques."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais les hommes avaient aussi leurs chagrins.",
                        "Et la conversation s’engagea par quelques réflexions philosophiques.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais les hommes avaient aussi leurs chagrins.",
                        "Et la conversation s’engagea par quelques réflexions philosophiques.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0040",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Le Suisse, à l’écart, s’indignait intérieurement contre cet individu, qui se permettait "
            "d’admirer seul la cathédrale."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le Suisse était à l’écart.",
                        "Il s’indignait intérieurement contre cet individu.",
                        "Celui-ci se permettait d’admirer seul la cathédrale.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le Suisse, à l’écart, s’indignait intérieurement contre cet individu.",
                        "Celui-ci se permettait d’admirer seul la cathédrale.",
                    ],
                    [
                        "Le Suisse, à l’écart, s’indignait intérieurement contre cet individu.",
                        "Cet individu se permettait d’admirer seul la cathédrale.",
                    ],
                    [
                        "Le Suisse était à l’écart.",
                        "Il s’indignait intérieurement contre cet individu.",
                        "Celui-ci se permettait d’admirer seul la cathédrale.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0041",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": "Et, secouant Justin par le collet de son bourgeron, il fit tomber un livre de sa poche.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Il secouait Justin par le collet de son bourgeron.", "Et il fit tomber un livre de sa poche."],
                    ["Et il secouait Justin par le collet de son bourgeron.", "Il fit tomber un livre de sa poche."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0042",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": "Il lui semblait chétif, faible, nul, enfin être un pauvre homme, de toutes les façons.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il lui semblait chétif, faible, nul.",
                        "Enfin il lui semblait être un pauvre homme, de toutes les façons.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0043",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Oui, fit-elle avec indifférence ; c’est un bouquet que j’ai acheté tantôt… à une mendiante.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Oui, fit-elle avec indifférence.",
                        "– C’est un bouquet.",
                        "– Je l’ai acheté tantôt… à une mendiante.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Oui, fit-elle avec indifférence.",
                        "– C’est un bouquet que j’ai acheté tantôt… à une mendiante.",
                    ],
                    [
                        "– Oui, fit-elle avec indifférence.",
                        "– C’est un bouquet.",
                        "– Je l’ai acheté tantôt… à une mendiante.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0044",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Elle se tenait en face, appuyée contre la cloison de la chaloupe, où la lune entrait par un des "
            "volets ouverts."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle se tenait en face.",
                        "Elle était appuyée contre la cloison de la chaloupe.",
                        "La lune y entrait par un des volets ouverts.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0045",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": (
            "Enfin, lorsqu’il avait mangé sa soupe, endossé sa limousine, allumé sa pipe et empoigné son "
            "fouet, il s’installait tranquillement sur le siège."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Enfin, il avait mangé sa soupe.",
                        "Il avait endossé sa limousine.",
                        "Il avait allumé sa pipe.",
                        "Il avait empoigné son fouet.",
                        "Alors il s’installait tranquillement sur le siège.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Enfin, il avait mangé sa soupe, endossé sa limousine.",
                        "Il avait allumé sa pipe et empoigné son fouet.",
                        "Alors il s’installait tranquillement sur le siège.",
                    ],
                    [
                        "Enfin, il avait mangé sa soupe.",
                        "Il avait endossé sa limousine.",
                        "Il avait allumé sa pipe.",
                        "Il avait empoigné son fouet.",
                        "Alors il s’installait tranquillement sur le siège.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0046",
        "book": "flaubert_madame_bovary",
        "category": "enumerations",
        "source": "Il plaçait les allumettes, le bougeoir, un livre, disposait sa camisole, ouvrait les draps.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il plaçait les allumettes, le bougeoir, un livre.",
                        "Il disposait sa camisole.",
                        "Il ouvrait les draps.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il plaçait les allumettes, le bougeoir, un livre.",
                        "Il disposait sa camisole, ouvrait les draps.",
                    ],
                    [
                        "Il plaçait les allumettes, le bougeoir, un livre.",
                        "Il disposait sa camisole.",
                        "Il ouvrait les draps.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0047",
        "book": "flaubert_madame_bovary",
        "category": "narration",
        "source": (
            "Elle objecta la difficulté d’un acquéreur ; il donna l’espoir d’en trouver ; mais elle demanda "
            "comment faire pour qu’elle pût vendre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle objecta la difficulté d’un acquéreur.",
                        "Il donna l’espoir d’en trouver.",
                        "Elle demanda comment faire pour qu’elle pût vendre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle objecta la difficulté d’un acquéreur.",
                        "Il donna l’espoir d’en trouver.",
                        "Mais elle demanda comment faire pour qu’elle pût vendre.",
                    ],
                    [
                        "Elle objecta la difficulté d’un acquéreur.",
                        "Il donna l’espoir d’en trouver.",
                        "Elle demanda comment faire pour qu’elle pût vendre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0048",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Il ne plaisantait pas ; mais, la vanité l’emportant sur toute prudence, Léon, malgré lui, se récria."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il ne plaisantait pas.",
                        "Mais la vanité l’emportait sur toute prudence.",
                        "Léon, malgré lui, se récria.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il ne plaisantait pas.",
                        "Mais la vanité l’emportait sur toute prudence.",
                        "Léon, malgré lui, se récria.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0049",
        "book": "flaubert_madame_bovary",
        "category": "narration",
        "source": "Le jour de la mi-carême, elle ne rentra pas à Yonville ; elle alla le soir au bal masqué.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était le jour de la mi-carême.",
                        "Elle ne rentra pas à Yonville.",
                        "Elle alla le soir au bal masqué.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Le jour de la mi-carême, elle ne rentra pas à Yonville.", "Elle alla le soir au bal masqué."],
                    [
                        "C’était le jour de la mi-carême.",
                        "Elle ne rentra pas à Yonville.",
                        "Elle alla le soir au bal masqué.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0050",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "Elle se ranima cependant, et vint à penser à Berthe, qui dormait là-bas, dans la chambre de sa bonne."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle se ranima cependant.",
                        "Elle vint à penser à Berthe.",
                        "Berthe dormait là-bas.",
                        "C’était dans la chambre de sa bonne.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle se ranima cependant.",
                        "Et elle vint à penser à Berthe.",
                        "Berthe dormait là-bas, dans la chambre de sa bonne.",
                    ],
                    [
                        "Elle se ranima cependant.",
                        "Elle vint à penser à Berthe.",
                        "Berthe dormait là-bas.",
                        "C’était dans la chambre de sa bonne.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0051",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Quatre heures sonnèrent ; et elle se leva pour s’en retourner à Yonville, obéissant comme un "
            "automate à l’impulsion des habitudes."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Quatre heures sonnèrent.",
                        "Elle se leva pour s’en retourner à Yonville.",
                        "Elle obéissait à l’impulsion des habitudes.",
                        "C’était comme un automate.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Quatre heures sonnèrent.",
                        "Et elle se leva pour s’en retourner à Yonville.",
                        "Elle obéissait comme un automate à l’impulsion des habitudes.",
                    ],
                    [
                        "Quatre heures sonnèrent.",
                        "Elle se leva pour s’en retourner à Yonville.",
                        "Elle obéissait à l’impulsion des habitudes.",
                        "C’était comme un automate.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0052",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": "Emma, prise de dégoût, lui envoya, par-dessus l’épaule, une pièce de cinq francs.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Emma était prise de dégoût.",
                        "Elle lui envoya une pièce de cinq francs.",
                        "C’était par-dessus l’épaule.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Emma était prise de dégoût.", "Elle lui envoya, par-dessus l’épaule, une pièce de cinq francs."],
                    [
                        "Emma était prise de dégoût.",
                        "Elle lui envoya une pièce de cinq francs.",
                        "C’était par-dessus l’épaule.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0053",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Une intolérable fatigue l’accablait, et elle arriva chez elle hébétée, découragée, presque endormie."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Une intolérable fatigue l’accablait.",
                        "Elle arriva chez elle.",
                        "Elle était hébétée, découragée, presque endormie.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Une intolérable fatigue l’accablait.",
                        "Et elle arriva chez elle hébétée, découragée, presque endormie.",
                    ],
                    [
                        "Une intolérable fatigue l’accablait.",
                        "Elle arriva chez elle.",
                        "Elle était hébétée, découragée, presque endormie.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0054",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Alors ce serait un grand sanglot, puis il pleurerait abondamment, et enfin, la surprise passée, "
            "il pardonnerait."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Alors ce serait un grand sanglot.",
                        "Puis il pleurerait abondamment.",
                        "Et enfin, la surprise passée, il pardonnerait.",
                    ],
                    [
                        "Alors ce serait un grand sanglot.",
                        "Puis il pleurerait abondamment.",
                        "La surprise serait passée.",
                        "Et enfin, il pardonnerait.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Alors ce serait un grand sanglot.",
                        "Puis il pleurerait abondamment.",
                        "Et enfin, la surprise passée, il pardonnerait.",
                    ],
                    [
                        "Alors ce serait un grand sanglot.",
                        "Puis il pleurerait abondamment.",
                        "La surprise serait passée.",
                        "Et enfin, il pardonnerait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0055",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": (
            "Alors il entama une explication de sa conduite, s’excusant en termes vagues, faute de pouvoir "
            "inventer mieux."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Alors il entama une explication de sa conduite.",
                        "Il s’excusait en termes vagues.",
                        "C’était faute de pouvoir inventer mieux.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Alors il entama une explication de sa conduite.",
                        "Il s’excusait en termes vagues, faute de pouvoir inventer mieux.",
                    ],
                    [
                        "Alors il entama une explication de sa conduite.",
                        "Il s’excusait en termes vagues.",
                        "C’était faute de pouvoir inventer mieux.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0056",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Ce fut alors qu’elle prit sa main, et ils restèrent quelque temps les doigts entrelacés, – "
            "comme le premier jour, aux Comices !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Ce fut alors qu’elle prit sa main.",
                        "Et ils restèrent quelque temps les doigts entrelacés.",
                        "C’était comme le premier jour, aux Comices !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ce fut alors qu’elle prit sa main.",
                        "Et ils restèrent quelque temps les doigts entrelacés.",
                        "C’était comme le premier jour, aux Comices !",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0057",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Ah ! pensa Rodolphe, qui devint très pâle tout à coup, c’est pour cela qu’elle est venue !",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Ah ! pensa Rodolphe.",
                        "Il devint très pâle tout à coup.",
                        "– C’est pour cela qu’elle est venue !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Ah ! pensa Rodolphe, c’est pour cela qu’elle est venue !", "Il devint très pâle tout à coup."],
                    [
                        "Rodolphe devint très pâle tout à coup.",
                        "– Ah ! pensa Rodolphe, c’est pour cela qu’elle est venue !",
                    ],
                    [
                        "– Ah ! pensa Rodolphe.",
                        "Il devint très pâle tout à coup.",
                        "– C’est pour cela qu’elle est venue !",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0058",
        "book": "flaubert_madame_bovary",
        "category": "adverbial",
        "source": (
            "Quand Charles, bouleversé par la nouvelle de la saisie, était rentré à la maison, Emma venait d’en sortir."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Charles était bouleversé.",
                        "C’était par la nouvelle de la saisie.",
                        "Il était rentré à la maison.",
                        "Alors Emma venait d’en sortir.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Charles était bouleversé par la nouvelle de la saisie.",
                        "Il était rentré à la maison.",
                        "Alors Emma venait d’en sortir.",
                    ],
                    [
                        "Charles était bouleversé par la nouvelle de la saisie.",
                        "Quand il était rentré à la maison, Emma venait d’en sortir.",
                    ],
                    [
                        "Charles était bouleversé.",
                        "C’était par la nouvelle de la saisie.",
                        "Il était rentré à la maison.",
                        "Alors Emma venait d’en sortir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0059",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": "– Oh ! comme tu as de grands yeux, maman ! comme tu es pâle ! comme tu sues !…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Oh ! comme tu as de grands yeux, maman !", "– Comme tu es pâle !", "– Comme tu sues !…"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Oh ! comme tu as de grands yeux, maman !", "– Comme tu es pâle !", "– Comme tu sues !…"],
                ],
            },
        },
    },
    {
        "id": "flaubert-0060",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": (
            "– Mais, objecta le pharmacien, puisque Dieu connaît tous nos besoins, à quoi peut servir la prière ?"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Mais, objecta le pharmacien.",
                        "– Dieu connaît tous nos besoins.",
                        "– Alors à quoi peut servir la prière ?",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Mais, objecta le pharmacien, Dieu connaît tous nos besoins.",
                        "– Alors à quoi peut servir la prière ?",
                    ],
                    [
                        "– Mais, objecta le pharmacien.",
                        "– Dieu connaît tous nos besoins.",
                        "– Alors à quoi peut servir la prière ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0061",
        "book": "flaubert_madame_bovary",
        "category": "participles",
        "source": "Elle était là, devant lui, étendue sur le dos, au milieu de la route.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Elle était là, devant lui.", "Elle était étendue sur le dos.", "C’était au milieu de la route."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Elle était là, devant lui.", "Elle était étendue sur le dos, au milieu de la route."],
                    ["Elle était là, devant lui.", "Elle était étendue sur le dos.", "C’était au milieu de la route."],
                ],
            },
        },
    },
    {
        "id": "flaubert-0062",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": (
            "Les porteurs fatigués se ralentissaient, et elle avançait par saccades continues, comme une "
            "chaloupe qui tangue à chaque flot."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les porteurs fatigués se ralentissaient.",
                        "Et elle avançait par saccades continues.",
                        "C’était comme une chaloupe.",
                        "Elle tangue à chaque flot.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les porteurs fatigués se ralentissaient.",
                        "Et elle avançait par saccades continues.",
                        "C’était comme une chaloupe qui tangue à chaque flot.",
                    ],
                    [
                        "Les porteurs fatigués se ralentissaient.",
                        "Et elle avançait par saccades continues.",
                        "C’était comme une chaloupe.",
                        "Elle tangue à chaque flot.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0063",
        "book": "flaubert_madame_bovary",
        "category": "narration",
        "source": "Les hommes continuèrent jusqu’en bas, à une place dans le gazon où la fosse était creusée.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les hommes continuèrent jusqu’en bas.",
                        "C’était à une place dans le gazon.",
                        "La fosse y était creusée.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les hommes continuèrent jusqu’en bas.",
                        "C’était à une place dans le gazon où la fosse était creusée.",
                    ],
                    [
                        "Les hommes continuèrent jusqu’en bas.",
                        "C’était à une place dans le gazon.",
                        "La fosse y était creusée.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0064",
        "book": "flaubert_madame_bovary",
        "category": "dialogue",
        "source": (
            "– Je n’ai pas eu le loisir, dit Homais, de préparer quelques paroles que j’aurais jetées sur sa tombe."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Je n’ai pas eu le loisir, dit Homais, de préparer quelques paroles.",
                        "– Je les aurais jetées sur sa tombe.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0065",
        "book": "flaubert_madame_bovary",
        "category": "relatives",
        "source": (
            "À sept heures, la petite Berthe, qui ne l’avait pas vu de toute l’après-midi, vint le chercher pour dîner."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "À sept heures, la petite Berthe vint le chercher pour dîner.",
                        "Elle ne l’avait pas vu de toute l’après-midi.",
                    ],
                    [
                        "La petite Berthe ne l’avait pas vu de toute l’après-midi.",
                        "À sept heures, elle vint le chercher pour dîner.",
                    ],
                ],
            },
        },
    },
    {
        "id": "flaubert-0066",
        "book": "flaubert_madame_bovary",
        "category": "coordination",
        "source": "Elle est pauvre et l’envoie, pour gagner sa vie, dans une filature de coton.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Elle est pauvre.", "Elle l’envoie dans une filature de coton.", "C’est pour gagner sa vie."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Elle est pauvre.", "Elle l’envoie, pour gagner sa vie, dans une filature de coton."],
                    ["Elle est pauvre.", "Elle l’envoie dans une filature de coton.", "C’est pour gagner sa vie."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0001",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": (
            "Les lèvres de l'homme remuèrent ; mais, en dépit d'un visible effort, il ne put articuler une syllabe."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les lèvres de l'homme remuèrent.",
                        "Mais il ne put articuler une syllabe.",
                        "C'était en dépit d'un visible effort.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les lèvres de l'homme remuèrent.",
                        "Mais, en dépit d'un visible effort, il ne put articuler une syllabe.",
                    ],
                    [
                        "Les lèvres de l'homme remuèrent.",
                        "Mais il ne put articuler une syllabe.",
                        "C'était en dépit d'un visible effort.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0002",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": (
            "D'un autre côté, la gravité du jeune policier, qui certes n'était pas feinte, écartait toute "
            "idée de plaisanterie."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La gravité du jeune policier n'était certes pas feinte.",
                        "D'un autre côté, elle écartait toute idée de plaisanterie.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0003",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "C'était un premier échec, il s'en désolait en silence, quand le père Absinthe, qui n'avait pas "
            "cessé de fureter, poussa un cri."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C'était un premier échec.",
                        "Il s'en désolait en silence.",
                        "Le père Absinthe n'avait pas cessé de fureter.",
                        "Alors le père Absinthe poussa un cri.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C'était un premier échec, il s'en désolait en silence.",
                        "Le père Absinthe n'avait pas cessé de fureter.",
                        "Alors il poussa un cri.",
                    ],
                    [
                        "C'était un premier échec.",
                        "Il s'en désolait en silence.",
                        "Le père Absinthe n'avait pas cessé de fureter.",
                        "Alors le père Absinthe poussa un cri.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0004",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Je n'ai qu'à courir à la caserne et à ordonner une revue d'habillement.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Je n'ai qu'à courir à la caserne.", "Je n'ai qu'à ordonner une revue d'habillement."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Je n'ai qu'à courir à la caserne.", "Je n'ai qu'à ordonner une revue d'habillement."],
                    ["Je n'ai qu'à courir à la caserne.", "Et je n'ai qu'à ordonner une revue d'habillement."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0005",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": "Le faux soldat, demeuré le dernier vivant, avait vu tomber ses deux compagnons.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Le faux soldat était demeuré le dernier vivant.", "Il avait vu tomber ses deux compagnons."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Le faux soldat était demeuré le dernier vivant.", "Il avait vu tomber ses deux compagnons."],
                    ["Le faux soldat, demeuré le dernier vivant, avait vu tomber ses compagnons."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0006",
        "book": "gaboriau_monsieur_lecoq",
        "category": "dialogue",
        "source": "— Je ne sais rien, interrompit M. d'Escorval, qui parut fort surpris de l'interpellation.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["— Je ne sais rien, interrompit M. d'Escorval.", "Il parut fort surpris de l'interpellation."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["— Je ne sais rien, interrompit M. d'Escorval.", "Il parut fort surpris de l'interpellation."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0007",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Lecoq ne se fit pas répéter la permission ; il s'empara des mandats et s'élança dehors.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Lecoq ne se fit pas répéter la permission.", "Il s'empara des mandats.", "Il s'élança dehors."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Lecoq ne se fit pas répéter la permission.", "Il s'empara des mandats et s'élança dehors."],
                    ["Lecoq ne se fit pas répéter la permission.", "Il s'empara des mandats.", "Il s'élança dehors."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0008",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "Mais loin d'insister, le juge glissa sur cet incident, comme s'il n'y eût pas attaché grande importance."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais loin d'insister, le juge glissa sur cet incident.",
                        "C'était comme s'il n'y eût pas attaché grande importance.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0009",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": "La plus sincère désolation, mêlée d'inquiétude, se peignit sur les traits du meurtrier.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La plus sincère désolation se peignit sur les traits du meurtrier.",
                        "Elle était mêlée d'inquiétude.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0010",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "La porte aussitôt s'entrebâilla, et la figure futée du père Papillon se montra.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["La porte aussitôt s'entrebâilla.", "La figure futée du père Papillon se montra."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["La porte aussitôt s'entrebâilla.", "Et la figure futée du père Papillon se montra."],
                    ["La porte aussitôt s'entrebâilla.", "La figure futée du père Papillon se montra."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0011",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": "Il est si faible ; quand il a un verre de vin en tête, on en fait alors tout ce qu'on veut.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il est si faible.", "Il a un verre de vin en tête.", "On en fait alors tout ce qu'on veut."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il est si faible.", "Il a un verre de vin en tête.", "On en fait alors tout ce qu'on veut."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0012",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": "M. Segmuller, qui avait à consulter le procureur impérial, se rendit tout d'abord au parquet.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["M. Segmuller avait à consulter le procureur impérial.", "Il se rendit tout d'abord au parquet."],
                    ["M. Segmuller se rendit tout d'abord au parquet.", "Il avait à consulter le procureur impérial."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["M. Segmuller avait à consulter le procureur impérial.", "Il se rendit tout d'abord au parquet."],
                    ["M. Segmuller se rendit tout d'abord au parquet.", "Il avait à consulter le procureur impérial."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0013",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": "Du moment où il était question d'un prévenu, Gévrol crut pouvoir s'approcher sans indiscrétion.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il était question d'un prévenu.", "Alors Gévrol crut pouvoir s'approcher sans indiscrétion."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il était question d'un prévenu.", "Alors Gévrol crut pouvoir s'approcher sans indiscrétion."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0014",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": "Durant près d'une heure, établi sous une porte cochère, il resta en observation.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il était établi sous une porte cochère.", "Durant près d'une heure, il resta en observation."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il était établi sous une porte cochère.", "Durant près d'une heure, il resta en observation."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0015",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": "C'est une fantaisie que j'eus, il y a quatre ans, et qui me coûta bel et bien vingt mille livres.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C'est une fantaisie que j'eus, il y a quatre ans.",
                        "Elle me coûta bel et bien vingt mille livres.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0016",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": (
            "À ces circonstances, d'autres vinrent se joindre, qui avaient bien leur importance, et qui "
            "plaidaient en faveur du prévenu."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "À ces circonstances, d'autres vinrent se joindre.",
                        "Elles avaient bien leur importance.",
                        "Et elles plaidaient en faveur du prévenu.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "À ces circonstances, d'autres vinrent se joindre.",
                        "Elles avaient bien leur importance.",
                        "Et elles plaidaient en faveur du prévenu.",
                    ],
                    [
                        "À ces circonstances, d'autres vinrent se joindre.",
                        "Elles avaient bien leur importance.",
                        "Elles plaidaient en faveur du prévenu.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0017",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": (
            "Armé d'un pic dont il s'était muni, il descella deux ou trois carreaux et se mit à percer "
            "l'intervalle des planchers."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était armé d'un pic.",
                        "Il s'en était muni.",
                        "Il descella deux ou trois carreaux.",
                        "Il se mit à percer l'intervalle des planchers.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était armé d'un pic dont il s'était muni.",
                        "Il descella deux ou trois carreaux.",
                        "Il se mit à percer l'intervalle des planchers.",
                    ],
                    [
                        "Il était armé d'un pic.",
                        "Il s'en était muni.",
                        "Il descella deux ou trois carreaux.",
                        "Il se mit à percer l'intervalle des planchers.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0018",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": "Il avait une ambition au-dessus de son état, et tout ambitieux est joueur.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il avait une ambition au-dessus de son état.", "Et tout ambitieux est joueur."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il avait une ambition au-dessus de son état.", "Et tout ambitieux est joueur."],
                    ["Il avait une ambition au-dessus de son état.", "Tout ambitieux est joueur."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0019",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": (
            "Le pauvre père Absinthe, lui, était tombé à moitié chemin, devant le Palais-de-Justice, épuisé, "
            "hors d'haleine."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le pauvre père Absinthe était tombé.",
                        "C'était à moitié chemin, devant le Palais-de-Justice.",
                        "Il était épuisé, hors d'haleine.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le pauvre père Absinthe, lui, était tombé à moitié chemin.",
                        "C'était devant le Palais-de-Justice.",
                        "Il était épuisé, hors d'haleine.",
                    ],
                    [
                        "Le pauvre père Absinthe était tombé.",
                        "C'était à moitié chemin, devant le Palais-de-Justice.",
                        "Il était épuisé, hors d'haleine.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0020",
        "book": "gaboriau_monsieur_lecoq",
        "category": "dialogue",
        "source": "— Et maintenant, déclara le jeune policier, je cours rue de Grenelle donner l'alarme …",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["— Et maintenant, déclara le jeune policier.", "— Je cours rue de Grenelle donner l'alarme …"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["— Et maintenant, déclara le jeune policier.", "— Je cours rue de Grenelle donner l'alarme …"],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0021",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": "Manette, ma gouvernante, qui est la curiosité même, est derrière à nous écouter.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Manette, ma gouvernante, est derrière à nous écouter.", "Elle est la curiosité même."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Manette, ma gouvernante, est derrière à nous écouter.", "Elle est la curiosité même."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0022",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": (
            "Personne, hormis sa fille, ne connaissait la vérité, il n'avait qu'à se taire et Sairmeuse lui restait."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Personne, hormis sa fille, ne connaissait la vérité.",
                        "Il n'avait qu'à se taire.",
                        "Et Sairmeuse lui restait.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Personne, hormis sa fille, ne connaissait la vérité.",
                        "Il n'avait qu'à se taire.",
                        "Et Sairmeuse lui restait.",
                    ],
                    [
                        "Personne, hormis sa fille, ne connaissait la vérité.",
                        "Il n'avait qu'à se taire et Sairmeuse lui restait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0023",
        "book": "gaboriau_monsieur_lecoq",
        "category": "dialogue",
        "source": (
            "— Moi je ferais mieux, monsieur, dit-il, je remercierais cet homme par une belle et large indemnité."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— Moi je ferais mieux, monsieur, dit-il.",
                        "— Je remercierais cet homme.",
                        "— Ce serait par une belle et large indemnité.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— Moi je ferais mieux, monsieur, dit-il.",
                        "— Je remercierais cet homme par une belle et large indemnité.",
                    ],
                    [
                        "— Moi je ferais mieux, monsieur, dit-il.",
                        "— Je remercierais cet homme.",
                        "— Ce serait par une belle et large indemnité.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0024",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": "Mais si les chagrins et les déceptions ont aigri son caractère, ils n'ont pas changé son cœur.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Les chagrins et les déceptions ont aigri son caractère.", "Mais ils n'ont pas changé son cœur."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0025",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": "La noblesse, qui a tant souffert de la Révolution, attend de larges compensations…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["La noblesse a tant souffert de la Révolution.", "Elle attend de larges compensations…"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["La noblesse a tant souffert de la Révolution.", "Elle attend de larges compensations…"],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0026",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": (
            "Enfin, tous nos amis des environs, au nombre de seize, sont réunis dans mon cabinet, transformé "
            "en chambre du conseil…"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Enfin, tous nos amis des environs sont réunis.",
                        "Ils sont au nombre de seize.",
                        "C'est dans mon cabinet.",
                        "Il est transformé en chambre du conseil…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Enfin, tous nos amis des environs sont réunis dans mon cabinet.",
                        "Ils sont au nombre de seize.",
                        "Il est transformé en chambre du conseil…",
                    ],
                    [
                        "Enfin, tous nos amis des environs sont réunis.",
                        "Ils sont au nombre de seize.",
                        "C'est dans mon cabinet.",
                        "Il est transformé en chambre du conseil…",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0027",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "M. d'Escorval fit comme les paysans, après avoir calculé que le médecin ne pouvait arriver avant le jour."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "M. d'Escorval fit comme les paysans.",
                        "Il avait calculé que le médecin ne pouvait arriver avant le jour.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0028",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Suppliez Maurice de quitter ce pays, et s'il refuse, vous êtes son père, commandez.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Suppliez Maurice de quitter ce pays.", "Et s'il refuse, vous êtes son père, commandez."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Suppliez Maurice de quitter ce pays.", "Et s'il refuse, vous êtes son père, commandez."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0029",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": "Maintenant, Maurice était sûr que M. Lacheneur et sa fille étaient seuls à la maison.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "gaboriau-0030",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": (
            "Elle arrivait au grand trot, elle rejoignit la colonne, on reconnut la livrée, une immense "
            "clameur la salua."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle arrivait au grand trot.",
                        "Elle rejoignit la colonne.",
                        "On reconnut la livrée.",
                        "Une immense clameur la salua.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle arrivait au grand trot.",
                        "Elle rejoignit la colonne.",
                        "On reconnut la livrée.",
                        "Une immense clameur la salua.",
                    ],
                    [
                        "Elle arrivait au grand trot, elle rejoignit la colonne.",
                        "On reconnut la livrée, une immense clameur la salua.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0031",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "La fusillade était d'une violence extraordinaire, ils restaient debout à l'endroit le plus "
            "périlleux, ils allaient certainement être atteints, quand Chanlouineau reparut."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La fusillade était d'une violence extraordinaire.",
                        "Ils restaient debout à l'endroit le plus périlleux.",
                        "Ils allaient certainement être atteints.",
                        "Alors Chanlouineau reparut.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La fusillade était d'une violence extraordinaire.",
                        "Ils restaient debout à l'endroit le plus périlleux.",
                        "Ils allaient certainement être atteints.",
                        "Alors Chanlouineau reparut.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0032",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": "Comme bien vous pensez, ils s'emparent de ce papier, ils l'ouvrent, ils lisent…",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Comme bien vous pensez, ils s'emparent de ce papier.", "Ils l'ouvrent, ils lisent…"],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0033",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": (
            "Sa mission était terminée, puisque M. d'Escorval était arrêté, et il n'avait plus qu'à "
            "rejoindre son régiment."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "M. d'Escorval était arrêté.",
                        "Alors sa mission était terminée.",
                        "Il n'avait plus qu'à rejoindre son régiment.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Sa mission était terminée, puisque M. d'Escorval était arrêté.",
                        "Et il n'avait plus qu'à rejoindre son régiment.",
                    ],
                    [
                        "M. d'Escorval était arrêté.",
                        "Alors sa mission était terminée.",
                        "Il n'avait plus qu'à rejoindre son régiment.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0034",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": "L'œil de Chanlouineau, pendant cette déposition, dut révéler quelque chose de ses angoisses.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "L'œil de Chanlouineau dut révéler quelque chose de ses angoisses.",
                        "C'était pendant cette déposition.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0035",
        "book": "gaboriau_monsieur_lecoq",
        "category": "participles",
        "source": (
            "Devinant tout peut-être, ils entourèrent Maurice, l'enlevèrent et le portèrent dehors, bien "
            "qu'il se débattit avec une énergie extraordinaire."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Ils devinaient tout peut-être.",
                        "Ils entourèrent Maurice, l'enlevèrent et le portèrent dehors.",
                        "Mais il se débattait avec une énergie extraordinaire.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ils devinaient tout peut-être.",
                        "Ils entourèrent Maurice, l'enlevèrent et le portèrent dehors.",
                        "Mais il se débattait avec une énergie extraordinaire.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0036",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "Elle s'arrêta, brusquement, les mains jointes, les yeux levés au ciel, comme si une inspiration "
            "divine lui fût venue…"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle s'arrêta, brusquement, les mains jointes, les yeux levés au ciel.",
                        "C'était comme si une inspiration divine lui fût venue…",
                    ],
                    [
                        "Elle s'arrêta, brusquement.",
                        "Ses mains étaient jointes.",
                        "Ses yeux étaient levés au ciel.",
                        "C'était comme si une inspiration divine lui fût venue…",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0037",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": (
            "J'avais l'enfer en moi, mais vous voir, entendre votre voix, être votre commensal, c'était "
            "encore une joie !…"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "J'avais l'enfer en moi.",
                        "Mais vous voir, c'était encore une joie !…",
                        "Entendre votre voix, c'était encore une joie !…",
                        "Être votre commensal, c'était encore une joie !…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "J'avais l'enfer en moi.",
                        "Mais vous voir, c'était encore une joie !…",
                        "Entendre votre voix, c'était encore une joie !…",
                        "Être votre commensal, c'était encore une joie !…",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0038",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": (
            "Il s'efforçait, évidemment, de prévoir toutes les objections, afin de les combattre et de les détruire…"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il s'efforçait, évidemment, de prévoir toutes les objections.",
                        "C'était afin de les combattre.",
                        "C'était afin de les détruire…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il s'efforçait, évidemment, de prévoir toutes les objections.",
                        "C'était afin de les combattre et de les détruire…",
                    ],
                    [
                        "Il s'efforçait, évidemment, de prévoir toutes les objections.",
                        "C'était afin de les combattre.",
                        "C'était afin de les détruire…",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0039",
        "book": "gaboriau_monsieur_lecoq",
        "category": "dialogue",
        "source": "— Comme vous le voyez, je me débarrasse de tout ce chanvre, qui me gênait extraordinairement.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— Comme vous le voyez, je me débarrasse de tout ce chanvre.",
                        "— Il me gênait extraordinairement.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0040",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": "En avant marchait Chupin, qui de l'exemple, de la voix et du geste les animait.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "En avant marchait Chupin.",
                        "Il les animait de l'exemple.",
                        "Il les animait de la voix.",
                        "Il les animait du geste.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["En avant marchait Chupin.", "Il les animait de l'exemple, de la voix et du geste."],
                    [
                        "En avant marchait Chupin.",
                        "Il les animait de l'exemple.",
                        "Il les animait de la voix.",
                        "Il les animait du geste.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0041",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "Quand les soldats eurent soupé, et longuement, Chupin envoya chercher une charrette, où le "
            "prisonnier fut garrotté, et on partit."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les soldats eurent soupé, et longuement.",
                        "Alors Chupin envoya chercher une charrette.",
                        "Le prisonnier y fut garrotté.",
                        "Et on partit.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les soldats eurent soupé, et longuement.",
                        "Alors Chupin envoya chercher une charrette.",
                        "Le prisonnier y fut garrotté.",
                        "Et on partit.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0042",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Après cinq ou six jours, les forces lui revenaient et le sang remontait à ses joues pâlies.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Après cinq ou six jours, les forces lui revenaient.", "Et le sang remontait à ses joues pâlies."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0043",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "Maintenant, il pouvait juger sa conduite, comme l'ivrogne qui, l'ivresse dissipée, constate "
            "avec épouvante ses extravagances."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Maintenant, il pouvait juger sa conduite.",
                        "C'était comme l'ivrogne qui, l'ivresse dissipée, constate avec épouvante ses extravagances.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0044",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": "Il était en costume de cérémonie, nu-tête, et il commençait à avoir froid…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il était en costume de cérémonie, nu-tête.", "Et il commençait à avoir froid…"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il était en costume de cérémonie, nu-tête.", "Et il commençait à avoir froid…"],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0045",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": (
            "Dès lors, Marie-Anne respira, et cet apaisement, après tant d'épreuves et de si cruelles "
            "agitations, lui paraissait presque le bonheur."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Dès lors, Marie-Anne respira.",
                        "Et cet apaisement lui paraissait presque le bonheur.",
                        "C'était après tant d'épreuves.",
                        "C'était après de si cruelles agitations.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Dès lors, Marie-Anne respira.",
                        "Et cet apaisement lui paraissait presque le bonheur.",
                        "C'était après tant d'épreuves et de si cruelles agitations.",
                    ],
                    [
                        "Dès lors, Marie-Anne respira.",
                        "Et cet apaisement lui paraissait presque le bonheur.",
                        "C'était après tant d'épreuves.",
                        "C'était après de si cruelles agitations.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0046",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": (
            "C'était pendant la Terreur, en 93, il était tout-puissant à Montaignac, moi, j'étais poursuivi "
            "pour avoir correspondu avec les émigrés."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C'était pendant la Terreur, en 93.",
                        "Il était tout-puissant à Montaignac.",
                        "J'étais poursuivi pour avoir correspondu avec les émigrés.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C'était pendant la Terreur, en 93.",
                        "Il était tout-puissant à Montaignac.",
                        "Moi, j'étais poursuivi pour avoir correspondu avec les émigrés.",
                    ],
                    [
                        "C'était pendant la Terreur, en 93.",
                        "Il était tout-puissant à Montaignac.",
                        "J'étais poursuivi pour avoir correspondu avec les émigrés.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0047",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": (
            "Une seule et unique passion : la table, remplaçait toutes les passions qui avaient agité la vie "
            "de ce froid ambitieux."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Une seule et unique passion : la table, remplaçait toutes les passions.",
                        "Elles avaient agité la vie de ce froid ambitieux.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0048",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Donc Marie-Anne n'avait plus rien à craindre et elle avait tout à espérer.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Donc Marie-Anne n'avait plus rien à craindre.", "Et elle avait tout à espérer."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Donc Marie-Anne n'avait plus rien à craindre.", "Et elle avait tout à espérer."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0049",
        "book": "gaboriau_monsieur_lecoq",
        "category": "dialogue",
        "source": "— Il ne s'agit pas de causer, dit Chupin aux deux femmes, rentrez, je vais vous conduire.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["— Il ne s'agit pas de causer, dit Chupin aux deux femmes.", "— Rentrez, je vais vous conduire."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0050",
        "book": "gaboriau_monsieur_lecoq",
        "category": "narration",
        "source": (
            "Tout était calme et silence autour de la Borderie ; une lumière brillait aux fenêtres du premier étage."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Tout était calme et silence autour de la Borderie.",
                        "Une lumière brillait aux fenêtres du premier étage.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0051",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Elle se souvenait de son serment, mais elle n'était plus disposée à le tenir.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Elle se souvenait de son serment.", "Mais elle n'était plus disposée à le tenir."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Elle se souvenait de son serment.", "Mais elle n'était plus disposée à le tenir."],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0052",
        "book": "gaboriau_monsieur_lecoq",
        "category": "adverbial",
        "source": (
            "Puis, le soir venu, toutes ces belles résolutions s'envolaient ; la fièvre la reprenait, quand "
            "arrivaient les ténèbres avec leur cortège de spectres."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Puis, le soir venu, toutes ces belles résolutions s'envolaient.",
                        "La fièvre la reprenait.",
                        "C'était quand arrivaient les ténèbres avec leur cortège de spectres.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0053",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": (
            "Plusieurs femmes de hobereaux du voisinage, accoutumées aux façons d'autrefois, au ton "
            "impérieux de l'une et à l'humilité de l'autre, commençaient à trouver cela drôle."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Plusieurs femmes de hobereaux du voisinage commençaient à trouver cela drôle.",
                        "Elles étaient accoutumées aux façons d'autrefois.",
                        "Elles étaient accoutumées au ton impérieux de l'une.",
                        "Elles étaient accoutumées à l'humilité de l'autre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0054",
        "book": "gaboriau_monsieur_lecoq",
        "category": "coordination",
        "source": "Le gars Chupin était intimidé, mais il n'avait point peur : ce n'est pas du tout la même chose.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le gars Chupin était intimidé.",
                        "Mais il n'avait point peur.",
                        "Ce n'est pas du tout la même chose.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le gars Chupin était intimidé, mais il n'avait point peur.",
                        "Ce n'est pas du tout la même chose.",
                    ],
                    [
                        "Le gars Chupin était intimidé.",
                        "Mais il n'avait point peur.",
                        "Ce n'est pas du tout la même chose.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0055",
        "book": "gaboriau_monsieur_lecoq",
        "category": "enumerations",
        "source": "La bassesse du personnage et sa générosité, à elle, rassuraient absolument Mme Blanche.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La bassesse du personnage rassurait absolument Mme Blanche.",
                        "Sa générosité, à elle, rassurait absolument Mme Blanche.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La bassesse du personnage rassurait absolument Mme Blanche.",
                        "Sa générosité, à elle, rassurait absolument Mme Blanche.",
                    ],
                ],
            },
        },
    },
    {
        "id": "gaboriau-0056",
        "book": "gaboriau_monsieur_lecoq",
        "category": "relatives",
        "source": "Il acheta un fonds de marchand de vin que la duchesse paya et qui fut bu en un rien de temps.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il acheta un fonds de marchand de vin.",
                        "La duchesse le paya.",
                        "Il fut bu en un rien de temps.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il acheta un fonds de marchand de vin.",
                        "La duchesse le paya.",
                        "Il fut bu en un rien de temps.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0001",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": "Le jars allongea le cou, ouvrit largement son bec jaune, siffla, s’enfuit de côté.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le jars allongea le cou.",
                        "Il ouvrit largement son bec jaune.",
                        "Il siffla.",
                        "Il s’enfuit de côté.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le jars allongea le cou.",
                        "Il ouvrit largement son bec jaune.",
                        "Il siffla.",
                        "Il s’enfuit de côté.",
                    ],
                    ["Le jars allongea le cou, ouvrit largement son bec jaune.", "Il siffla, s’enfuit de côté."],
                ],
            },
        },
    },
    {
        "id": "maindron-0002",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Voyez, tous sont de crin gris ou roux qui ne brille pas au soleil, à six crins tordus par collet.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Voyez, tous sont de crin gris ou roux.",
                        "Il ne brille pas au soleil.",
                        "Ils sont à six crins tordus par collet.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Voyez, tous sont de crin gris ou roux.",
                        "Il ne brille pas au soleil.",
                        "Ils sont à six crins tordus par collet.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0003",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": (
            "Louis-Antoine crut distinguer une main ; mais cette main, qu’il avait vue rouge, avait disparu aussitôt."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Louis-Antoine crut distinguer une main.",
                        "Il l’avait vue rouge.",
                        "Mais cette main avait disparu aussitôt.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Louis-Antoine crut distinguer une main.",
                        "Il l’avait vue rouge.",
                        "Mais cette main avait disparu aussitôt.",
                    ],
                    [
                        "Louis-Antoine crut distinguer une main.",
                        "Mais cette main, qu’il avait vue rouge, avait disparu aussitôt.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0004",
        "book": "maindron_incomparable_florimond",
        "category": "adverbial",
        "source": "Il demandait à voir les perdrix promises, comme s’il craignait déjà de les perdre.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il demandait à voir les perdrix promises.", "C’était comme s’il craignait déjà de les perdre."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il demandait à voir les perdrix promises.", "C’était comme s’il craignait déjà de les perdre."],
                ],
            },
        },
    },
    {
        "id": "maindron-0005",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": (
            "— J’ai déjoué ses artifices, percé à jour ses intrigues, rompu les filets où elle me comptait prendre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— J’ai déjoué ses artifices.",
                        "— J’ai percé à jour ses intrigues.",
                        "— J’ai rompu les filets.",
                        "— Elle m’y comptait prendre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— J’ai déjoué ses artifices.",
                        "— J’ai percé à jour ses intrigues.",
                        "— J’ai rompu les filets où elle me comptait prendre.",
                    ],
                    [
                        "— J’ai déjoué ses artifices, percé à jour ses intrigues.",
                        "— J’ai rompu les filets où elle me comptait prendre.",
                    ],
                    [
                        "— J’ai déjoué ses artifices.",
                        "— J’ai percé à jour ses intrigues.",
                        "— J’ai rompu les filets.",
                        "— Elle m’y comptait prendre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0006",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "M. Clément, sans être absolument flatté de cette invitation péremptoire, n’osa pas pourtant y désobéir."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "M. Clément n’était pas absolument flatté de cette invitation péremptoire.",
                        "Pourtant il n’osa pas y désobéir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0007",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Malgré l’éclat des yeux, la pureté du teint, la noblesse de l’allure, cette figure disait un "
            "caractère lâche et cruel."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Cette figure disait un caractère lâche et cruel.",
                        "C’était malgré l’éclat des yeux.",
                        "C’était malgré la pureté du teint.",
                        "C’était malgré la noblesse de l’allure.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cette figure disait un caractère lâche et cruel.",
                        "C’était malgré l’éclat des yeux, la pureté du teint.",
                        "C’était malgré la noblesse de l’allure.",
                    ],
                    [
                        "Cette figure disait un caractère lâche et cruel.",
                        "C’était malgré l’éclat des yeux.",
                        "C’était malgré la pureté du teint.",
                        "C’était malgré la noblesse de l’allure.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0008",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Louis-Antoine, toujours livré dans l’herbe à sa rêverie solitaire, entendit, lui aussi, l’horloge sonner."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Louis-Antoine était toujours livré dans l’herbe à sa rêverie solitaire.",
                        "Il entendit, lui aussi, l’horloge sonner.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0009",
        "book": "maindron_incomparable_florimond",
        "category": "adverbial",
        "source": (
            "Et Louis-Antoine, tout en marchant, singeait les allures de Robert de Rustigny, l’écuyer meneur "
            "de sa mère, quand elle avait des chevaux."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Louis-Antoine marchait.",
                        "Il singeait les allures de Robert de Rustigny.",
                        "C’était l’écuyer meneur de sa mère.",
                        "C’était quand elle avait des chevaux.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Et Louis-Antoine, tout en marchant, singeait les allures de Robert de Rustigny.",
                        "C’était l’écuyer meneur de sa mère.",
                        "C’était quand elle avait des chevaux.",
                    ],
                    [
                        "Louis-Antoine marchait.",
                        "Il singeait les allures de Robert de Rustigny.",
                        "C’était l’écuyer meneur de sa mère.",
                        "C’était quand elle avait des chevaux.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0010",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Le 15 septembre 1627, on le trouva raide et pâle, tel un saint de pierre, en travers de sa "
            "porte, à Molingeton."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était le 15 septembre 1627.",
                        "On le trouva raide et pâle.",
                        "Il était tel un saint de pierre.",
                        "C’était en travers de sa porte, à Molingeton.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le 15 septembre 1627, on le trouva raide et pâle.",
                        "Il était tel un saint de pierre.",
                        "C’était en travers de sa porte, à Molingeton.",
                    ],
                    [
                        "C’était le 15 septembre 1627.",
                        "On le trouva raide et pâle.",
                        "Il était tel un saint de pierre.",
                        "C’était en travers de sa porte, à Molingeton.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0011",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": (
            "Franc-Cœur avait trompé ses associés de quelque manière ; ils se vengèrent en l’amputant de son nez !…"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Franc-Cœur avait trompé ses associés de quelque manière.",
                        "Ils se vengèrent en l’amputant de son nez !…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Franc-Cœur avait trompé ses associés de quelque manière.",
                        "Ils se vengèrent en l’amputant de son nez !…",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0012",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": (
            "— Permettez, répondit l’hôtelier, j’ai connu ce Franc-Cœur, je l’aurais bien reconnu, ce "
            "semble, à l’absence de son nez !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— Permettez, répondit l’hôtelier, j’ai connu ce Franc-Cœur.",
                        "— Je l’aurais bien reconnu, ce semble.",
                        "— Ce serait à l’absence de son nez !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— Permettez, répondit l’hôtelier, j’ai connu ce Franc-Cœur.",
                        "— Je l’aurais bien reconnu, ce semble, à l’absence de son nez !",
                    ],
                    [
                        "— Permettez, répondit l’hôtelier, j’ai connu ce Franc-Cœur.",
                        "— Je l’aurais bien reconnu, ce semble.",
                        "— Ce serait à l’absence de son nez !",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0013",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Les bergères, les gens à bâtons, le mouton, tout avait disparu comme par enchantement, même "
            "l’Astrée, qui n’était plus au pied de son arbre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les bergères avaient disparu.",
                        "Les gens à bâtons avaient disparu.",
                        "Le mouton avait disparu.",
                        "Tout avait disparu comme par enchantement.",
                        "Même l’Astrée avait disparu.",
                        "Elle n’était plus au pied de son arbre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les bergères, les gens à bâtons, le mouton, tout avait disparu.",
                        "C’était comme par enchantement.",
                        "Même l’Astrée avait disparu.",
                        "Elle n’était plus au pied de son arbre.",
                    ],
                    [
                        "Les bergères avaient disparu.",
                        "Les gens à bâtons avaient disparu.",
                        "Le mouton avait disparu.",
                        "Tout avait disparu comme par enchantement.",
                        "Même l’Astrée avait disparu.",
                        "Elle n’était plus au pied de son arbre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0014",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": (
            "C’est l’heure où ma mère me visite, et elle voudra, comme à son ordinaire, causer seule à seul avec moi."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’est l’heure où ma mère me visite.",
                        "Elle voudra causer seule à seul avec moi.",
                        "C’est comme à son ordinaire.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C’est l’heure où ma mère me visite.",
                        "Comme à son ordinaire, elle voudra causer seule à seul avec moi.",
                    ],
                    [
                        "C’est l’heure où ma mère me visite.",
                        "Elle voudra causer seule à seul avec moi.",
                        "C’est comme à son ordinaire.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0015",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Il me transporte d’aise, car l’on sait que vous êtes un grand connaisseur.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il me transporte d’aise.", "L’on sait que vous êtes un grand connaisseur."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il me transporte d’aise.", "Car l’on sait que vous êtes un grand connaisseur."],
                    ["Il me transporte d’aise.", "L’on sait que vous êtes un grand connaisseur."],
                ],
            },
        },
    },
    {
        "id": "maindron-0016",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Le poing de Florimond l’avait marquée au visage, en punition de son indocilité.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Le poing de Florimond l’avait marquée au visage.", "C’était en punition de son indocilité."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Le poing de Florimond l’avait marquée au visage.", "C’était en punition de son indocilité."],
                ],
            },
        },
    },
    {
        "id": "maindron-0017",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Oui, il avait droit à tout, aux femmes, à l’argent et au reste, avec sa charmante figure, sa "
            "gracieuse ardeur, son merveilleux esprit !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Oui, il avait droit à tout.",
                        "Il avait droit aux femmes, à l’argent.",
                        "Il avait droit au reste.",
                        "Il avait sa charmante figure, sa gracieuse ardeur.",
                        "Il avait son merveilleux esprit !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Oui, il avait droit à tout.",
                        "Il avait droit aux femmes, à l’argent et au reste.",
                        "Il avait sa charmante figure, sa gracieuse ardeur, son merveilleux esprit !",
                    ],
                    [
                        "Oui, il avait droit à tout.",
                        "Il avait droit aux femmes, à l’argent.",
                        "Il avait droit au reste.",
                        "Il avait sa charmante figure, sa gracieuse ardeur.",
                        "Il avait son merveilleux esprit !",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0018",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": (
            "À compter d’aujourd’hui, ton Piccolomini sera mon meneur ; ses gages se ressentiront de son nouvel état."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "À compter d’aujourd’hui, ton Piccolomini sera mon meneur.",
                        "Ses gages se ressentiront de son nouvel état.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "À compter d’aujourd’hui, ton Piccolomini sera mon meneur.",
                        "Ses gages se ressentiront de son nouvel état.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0019",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Il détestait encore Marin, comme d’ailleurs tous les gens de Primelles, maîtres, tenanciers et "
            "valets, pour d’autres raisons."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il détestait encore Marin, pour d’autres raisons.",
                        "Il détestait d’ailleurs tous les gens de Primelles.",
                        "Il détestait maîtres, tenanciers et valets.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il détestait encore Marin, pour d’autres raisons.",
                        "Il détestait d’ailleurs tous les gens de Primelles, maîtres, tenanciers et valets.",
                    ],
                    [
                        "Il détestait encore Marin, pour d’autres raisons.",
                        "Il détestait d’ailleurs tous les gens de Primelles.",
                        "Il détestait maîtres, tenanciers et valets.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0020",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Mais il appartenait en tout au siècle précédent, et ses manières étaient brusques.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Mais il appartenait en tout au siècle précédent.", "Et ses manières étaient brusques."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Mais il appartenait en tout au siècle précédent.", "Et ses manières étaient brusques."],
                ],
            },
        },
    },
    {
        "id": "maindron-0021",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": (
            "Françoise, qui reculait avec méfiance, risqua un pas en avant et prit les deux écus que lui "
            "tendait le généreux Clément."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Françoise reculait avec méfiance.",
                        "Elle risqua un pas en avant.",
                        "Elle prit les deux écus.",
                        "Le généreux Clément les lui tendait.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Françoise reculait avec méfiance.",
                        "Elle risqua un pas en avant.",
                        "Elle prit les deux écus que lui tendait le généreux Clément.",
                    ],
                    [
                        "Françoise reculait avec méfiance.",
                        "Elle risqua un pas en avant.",
                        "Elle prit les deux écus.",
                        "Le généreux Clément les lui tendait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0022",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "Le marquis, du reste, était renseigné là-dessus, mais il n’y attachait pas d’importance.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Le marquis, du reste, était renseigné là-dessus.", "Mais il n’y attachait pas d’importance."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Le marquis, du reste, était renseigné là-dessus.", "Mais il n’y attachait pas d’importance."],
                ],
            },
        },
    },
    {
        "id": "maindron-0023",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": (
            "Mme Jeanne possédait cette beauté diminuée qui emprunte son mérite à l’élégance des habits et "
            "aux artifices de la toilette."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Mme Jeanne possédait cette beauté diminuée.",
                        "Elle emprunte son mérite à l’élégance des habits.",
                        "Elle l’emprunte aux artifices de la toilette.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Mme Jeanne possédait cette beauté diminuée.",
                        "Cette beauté emprunte son mérite à l’élégance des habits.",
                        "Elle l’emprunte aux artifices de la toilette.",
                    ],
                    [
                        "Mme Jeanne possédait cette beauté diminuée.",
                        "Elle emprunte son mérite à l’élégance des habits.",
                        "Elle l’emprunte aux artifices de la toilette.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0024",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": "Profitant toutefois de votre permission, j’essayerai de placer un mot, à l’occasion, sans plus.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Je profite toutefois de votre permission.",
                        "J’essayerai de placer un mot, à l’occasion, sans plus.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0025",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Je te mettrais bien en liberté ; encore ne suis-je pas seul en cause.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Je te mettrais bien en liberté.", "Encore ne suis-je pas seul en cause."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Je te mettrais bien en liberté.", "Encore ne suis-je pas seul en cause."],
                ],
            },
        },
    },
    {
        "id": "maindron-0026",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "On était sur les terres de Primelles, maintenant, et l’on se dirigeait vers la bergerie de Tonlieu.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "On était sur les terres de Primelles, maintenant.",
                        "L’on se dirigeait vers la bergerie de Tonlieu.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "On était sur les terres de Primelles, maintenant.",
                        "Et l’on se dirigeait vers la bergerie de Tonlieu.",
                    ],
                    [
                        "On était sur les terres de Primelles, maintenant.",
                        "L’on se dirigeait vers la bergerie de Tonlieu.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0027",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Ainsi livré, les poings liés, à ses particuliers ennemis, Cottebleue pensa défaillir, et ce que "
            "dit Catherine ne lui remonta pas les esprits."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cottebleue était ainsi livré, les poings liés, à ses particuliers ennemis.",
                        "Il pensa défaillir.",
                        "Et ce que dit Catherine ne lui remonta pas les esprits.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0028",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "Entre Marin et lui deux cavaliers surgirent, et Marin, penché sur sa pièce, ne se dérangea pas.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Entre Marin et lui deux cavaliers surgirent.",
                        "Marin était penché sur sa pièce.",
                        "Il ne se dérangea pas.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Entre Marin et lui deux cavaliers surgirent.",
                        "Et Marin, penché sur sa pièce, ne se dérangea pas.",
                    ],
                    [
                        "Entre Marin et lui deux cavaliers surgirent.",
                        "Marin était penché sur sa pièce.",
                        "Il ne se dérangea pas.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0029",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": "N’oublie pas que la tête est pour M. de Montenay, qui mène la chasse.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["N’oublie pas que la tête est pour M. de Montenay.", "Il mène la chasse."],
                ],
            },
        },
    },
    {
        "id": "maindron-0030",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": "Elle est restée avec Montenay et Mauny d’Anrieux, et aussi avec Tourouvre et La Butière.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est restée avec Montenay et Mauny d’Anrieux.",
                        "Elle est restée aussi avec Tourouvre.",
                        "Elle est restée avec La Butière.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est restée avec Montenay et Mauny d’Anrieux.",
                        "Elle est restée aussi avec Tourouvre et La Butière.",
                    ],
                    [
                        "Elle est restée avec Montenay et Mauny d’Anrieux.",
                        "Et elle est restée aussi avec Tourouvre et La Butière.",
                    ],
                    [
                        "Elle est restée avec Montenay et Mauny d’Anrieux.",
                        "Elle est restée aussi avec Tourouvre.",
                        "Elle est restée avec La Butière.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0031",
        "book": "maindron_incomparable_florimond",
        "category": "adverbial",
        "source": (
            "Florimond ne vit pas la figure retournée et livide de son précepteur, parce qu’il s’occupait de "
            "se faire débotter."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Florimond ne vit pas la figure retournée et livide de son précepteur.",
                        "Car il s’occupait de se faire débotter.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0032",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "En cas de succès, La Butière toucherait encore trois cents écus, et Tourouvre six cents, car "
            "les risques qu’il courait étaient considérables."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était en cas de succès.",
                        "La Butière toucherait encore trois cents écus.",
                        "Et Tourouvre toucherait six cents.",
                        "Car les risques qu’il courait étaient considérables.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "En cas de succès, La Butière toucherait encore trois cents écus.",
                        "Et Tourouvre toucherait six cents.",
                        "Car les risques qu’il courait étaient considérables.",
                    ],
                    [
                        "C’était en cas de succès.",
                        "La Butière toucherait encore trois cents écus.",
                        "Et Tourouvre toucherait six cents.",
                        "Car les risques qu’il courait étaient considérables.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0033",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Et ces poupées seraient Mmes de Chazeron, de Saint-Agoulin, de Creulles, de Rochefort, "
            "d’Alloigny, de Saint-Aubin et de Puyferrand."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Et ces poupées seraient Mmes de Chazeron.",
                        "Ce seraient Mmes de Saint-Agoulin, de Creulles.",
                        "Ce seraient Mmes de Rochefort, d’Alloigny.",
                        "Ce seraient Mmes de Saint-Aubin et de Puyferrand.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Et ces poupées seraient Mmes de Chazeron, de Saint-Agoulin, de Creulles.",
                        "Ce seraient Mmes de Rochefort, d’Alloigny, de Saint-Aubin et de Puyferrand.",
                    ],
                    [
                        "Et ces poupées seraient Mmes de Chazeron.",
                        "Ce seraient Mmes de Saint-Agoulin, de Creulles.",
                        "Ce seraient Mmes de Rochefort, d’Alloigny.",
                        "Ce seraient Mmes de Saint-Aubin et de Puyferrand.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0034",
        "book": "maindron_incomparable_florimond",
        "category": "adverbial",
        "source": (
            "Et, de même, lorsque Mme de Saint-Aubin avait quêté dans l’église, aucune dame paroissienne ne "
            "l’accompagnait."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Et, de même, Mme de Saint-Aubin avait quêté dans l’église.",
                        "Alors aucune dame paroissienne ne l’accompagnait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0035",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": "— Je sais, je sais ! fit Mme de Chazeron qui ne savait rien non plus.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["— Je sais, je sais ! fit Mme de Chazeron.", "Elle ne savait rien non plus."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["— Je sais, je sais ! fit Mme de Chazeron.", "Elle ne savait rien non plus."],
                ],
            },
        },
    },
    {
        "id": "maindron-0036",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": "Julie, sentant la partie gagnée, donna son dernier effort avec le sac noir.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Julie sentait la partie gagnée.", "Elle donna son dernier effort avec le sac noir."],
                ],
            },
        },
    },
    {
        "id": "maindron-0037",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": "Alors Isabelle, qui de rouge s’était faite blanche comme un linge, se leva.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Isabelle, de rouge, s’était faite blanche comme un linge.", "Alors elle se leva."],
                ],
            },
        },
    },
    {
        "id": "maindron-0038",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "Il me suffirait d’un mot, d’un seul, et, ici même, tu serais fouettée par mes pages.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il me suffirait d’un mot, d’un seul.", "Ici même, tu serais fouettée par mes pages."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il me suffirait d’un mot, d’un seul.", "Et, ici même, tu serais fouettée par mes pages."],
                    ["Il me suffirait d’un mot, d’un seul.", "Ici même, tu serais fouettée par mes pages."],
                ],
            },
        },
    },
    {
        "id": "maindron-0039",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Sa pauvre nature d’oiselle apparut toute nue, dépouillée du masque qu’y tenaient appliqué, en "
            "tous temps, la sécurité et l’orgueil."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Sa pauvre nature d’oiselle apparut toute nue.",
                        "Elle était dépouillée du masque.",
                        "La sécurité et l’orgueil y tenaient appliqué ce masque en tous temps.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0040",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": "Se présenter seule chez ces dames, dont l’insolence valait l’orgueil, c’eût été une faute grave.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Se présenter seule chez ces dames, c’eût été une faute grave.",
                        "Leur insolence valait l’orgueil.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0041",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "M. le prince y avait paru en personne, et Mme de la Châtre aussi.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["M. le prince y avait paru en personne.", "Mme de la Châtre y avait paru aussi."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["M. le prince y avait paru en personne.", "Et Mme de la Châtre y avait paru aussi."],
                    ["M. le prince y avait paru en personne.", "Mme de la Châtre y avait paru aussi."],
                ],
            },
        },
    },
    {
        "id": "maindron-0042",
        "book": "maindron_incomparable_florimond",
        "category": "relatives",
        "source": "Et Mme de Primelles, qui ne songeait guère à eux, n’avait d’yeux que pour l’Incomparable Florimond.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Mme de Primelles ne songeait guère à eux.",
                        "Elle n’avait d’yeux que pour l’Incomparable Florimond.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Et Mme de Primelles ne songeait guère à eux.",
                        "Elle n’avait d’yeux que pour l’Incomparable Florimond.",
                    ],
                    [
                        "Mme de Primelles ne songeait guère à eux.",
                        "Elle n’avait d’yeux que pour l’Incomparable Florimond.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0043",
        "book": "maindron_incomparable_florimond",
        "category": "enumerations",
        "source": (
            "Et Mlle Catherine, habillée de velours pastel, ne montrait guère que sa mine rieuse, éveillée, "
            "mal coiffée, mais attentive et résolue comme toujours."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Mlle Catherine était habillée de velours pastel.",
                        "Elle ne montrait guère que sa mine rieuse.",
                        "Elle était éveillée, mal coiffée.",
                        "Mais elle était attentive et résolue comme toujours.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Et Mlle Catherine était habillée de velours pastel.",
                        "Elle ne montrait guère que sa mine rieuse, éveillée, mal coiffée.",
                        "Mais elle était attentive et résolue comme toujours.",
                    ],
                    [
                        "Mlle Catherine était habillée de velours pastel.",
                        "Elle ne montrait guère que sa mine rieuse.",
                        "Elle était éveillée, mal coiffée.",
                        "Mais elle était attentive et résolue comme toujours.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0044",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": "— Si vous avez voulu parler de Rochefort, ce dernier trait la peint mieux que tout autre.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "maindron-0045",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Je la vis pâlir, palpiter ; encore un peu, elle se pâmait en plein couloir…",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Je la vis pâlir, palpiter.", "Encore un peu, elle se pâmait en plein couloir…"],
                ],
            },
        },
    },
    {
        "id": "maindron-0046",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Catherine passa trois heures, étendue dans les broussailles, au-dessus du chemin creux, sans "
            "rien voir venir."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Catherine passa trois heures, étendue dans les broussailles.",
                        "C’était au-dessus du chemin creux.",
                        "Elle ne vit rien venir.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Catherine passa trois heures, étendue dans les broussailles.",
                        "C’était au-dessus du chemin creux.",
                        "Elle ne vit rien venir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0047",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": (
            "Elle ne se découragea pas et fit bien, car, vers la cinquième heure du soir, Françoise Colbert reparut."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle ne se découragea pas et fit bien.",
                        "Car Françoise Colbert reparut.",
                        "C’était vers la cinquième heure du soir.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle ne se découragea pas et fit bien.",
                        "Car, vers la cinquième heure du soir, Françoise Colbert reparut.",
                    ],
                    [
                        "Elle ne se découragea pas et fit bien.",
                        "Car Françoise Colbert reparut.",
                        "C’était vers la cinquième heure du soir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0048",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": "— Eh bien, c’est Clément Malompret, le valet de M. Florimond qui maintenant te protège !…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— Eh bien, c’est Clément Malompret.",
                        "— C’est le valet de M. Florimond.",
                        "— Maintenant il te protège !…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— Eh bien, c’est Clément Malompret qui maintenant te protège !…",
                        "— C’est le valet de M. Florimond.",
                    ],
                    [
                        "— Eh bien, c’est Clément Malompret.",
                        "— C’est le valet de M. Florimond.",
                        "— Maintenant il te protège !…",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0049",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Faible de fatigue et de besoin, l’alerte braconnier n’avançait à cette heure qu’avec peine ; et "
            "il traînait la jambe."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "L’alerte braconnier était faible de fatigue et de besoin.",
                        "Il n’avançait à cette heure qu’avec peine.",
                        "Et il traînait la jambe.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0050",
        "book": "maindron_incomparable_florimond",
        "category": "coordination",
        "source": "Elle voyait bien que sa fuite serait contrariée, mais elle ne la croyait pas impossible.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Elle voyait bien que sa fuite serait contrariée.", "Mais elle ne la croyait pas impossible."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Elle voyait bien que sa fuite serait contrariée.", "Mais elle ne la croyait pas impossible."],
                ],
            },
        },
    },
    {
        "id": "maindron-0051",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": "Sous le coup d’un accès de rage, Florimond, perdant toute prudence, appelait hautement à l’aide.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était sous le coup d’un accès de rage.",
                        "Florimond perdait toute prudence.",
                        "Il appelait hautement à l’aide.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Sous le coup d’un accès de rage, Florimond perdait toute prudence.",
                        "Il appelait hautement à l’aide.",
                    ],
                    [
                        "C’était sous le coup d’un accès de rage.",
                        "Florimond perdait toute prudence.",
                        "Il appelait hautement à l’aide.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0052",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Tu es venu ici comme un larron ; comme un larron tu seras châtié…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Tu es venu ici comme un larron.", "Comme un larron tu seras châtié…"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Tu es venu ici comme un larron.", "Comme un larron tu seras châtié…"],
                ],
            },
        },
    },
    {
        "id": "maindron-0053",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Jacquin, continuant de fouailler, sangla alors à toute volée les braves qui prétendaient "
            "immobiliser son attelage."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Jacquin continuait de fouailler.",
                        "Il sangla alors à toute volée les braves.",
                        "Ils prétendaient immobiliser son attelage.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Jacquin continuait de fouailler.",
                        "Il sangla alors à toute volée les braves.",
                        "Ils prétendaient immobiliser son attelage.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0054",
        "book": "maindron_incomparable_florimond",
        "category": "adverbial",
        "source": (
            "On emmena en effet Cottebleue à Paris, mais seulement à la fin de l’automne, quand on put "
            "transporter Florimond en carrosse."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "On emmena en effet Cottebleue à Paris.",
                        "Ce fut seulement à la fin de l’automne.",
                        "On put alors transporter Florimond en carrosse.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "On emmena en effet Cottebleue à Paris.",
                        "Mais ce fut seulement à la fin de l’automne.",
                        "Ce fut quand on put transporter Florimond en carrosse.",
                    ],
                    [
                        "On emmena en effet Cottebleue à Paris.",
                        "Ce fut seulement à la fin de l’automne.",
                        "On put alors transporter Florimond en carrosse.",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0055",
        "book": "maindron_incomparable_florimond",
        "category": "dialogue",
        "source": (
            "— Nous sommes beaucoup trop en avance, fit Florimond en consultant sa montre, et par ta faute, Tourouvre !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— Nous sommes beaucoup trop en avance, fit Florimond.",
                        "Il consultait sa montre.",
                        "— Et c’est par ta faute, Tourouvre !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "— Nous sommes beaucoup trop en avance, fit Florimond en consultant sa montre.",
                        "— Et c’est par ta faute, Tourouvre !",
                    ],
                    [
                        "— Nous sommes beaucoup trop en avance, fit Florimond.",
                        "Il consultait sa montre.",
                        "— Et c’est par ta faute, Tourouvre !",
                    ],
                ],
            },
        },
    },
    {
        "id": "maindron-0056",
        "book": "maindron_incomparable_florimond",
        "category": "narration",
        "source": "Vers le milieu de la nuit, elle tomba dans une sorte de léthargie.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["C’était vers le milieu de la nuit.", "Elle tomba dans une sorte de léthargie."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["C’était vers le milieu de la nuit.", "Elle tomba dans une sorte de léthargie."],
                ],
            },
        },
    },
    {
        "id": "maindron-0057",
        "book": "maindron_incomparable_florimond",
        "category": "participles",
        "source": (
            "Demeurée seule chez elle, Marie-Célestine-Françoise de Saudres, baronne veuve de Primelles, "
            "tomba de son haut et tout de son long sur le carreau."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marie-Célestine-Françoise de Saudres était demeurée seule chez elle.",
                        "Elle était baronne veuve de Primelles.",
                        "Elle tomba de son haut.",
                        "Elle tomba tout de son long sur le carreau.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0001",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": "Le prince Basile parlait toujours avec nonchalance, comme un acteur qui répète un vieux rôle.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le prince Basile parlait toujours avec nonchalance.",
                        "C’était comme un acteur.",
                        "Cet acteur répète un vieux rôle.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le prince Basile parlait toujours avec nonchalance.",
                        "C’était comme un acteur qui répète un vieux rôle.",
                    ],
                    [
                        "Le prince Basile parlait toujours avec nonchalance.",
                        "C’était comme un acteur.",
                        "Cet acteur répète un vieux rôle.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0002",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "coordination",
        "source": "La Prusse n’a-t-elle pas déclaré Bonaparte invincible et l’Europe impuissante à le combattre ?",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La Prusse n’a-t-elle pas déclaré Bonaparte invincible ?",
                        "N’a-t-elle pas déclaré l’Europe impuissante à le combattre ?",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La Prusse n’a-t-elle pas déclaré Bonaparte invincible ?",
                        "N’a-t-elle pas déclaré l’Europe impuissante à le combattre ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0003",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Parce qu’il lui est venu une fantaisie, il m’abandonne, Dieu sait pourquoi, et m’enferme toute "
            "seule à la campagne."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il lui est venu une fantaisie.",
                        "Alors il m’abandonne, Dieu sait pourquoi.",
                        "Et il m’enferme toute seule à la campagne.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il lui est venu une fantaisie.",
                        "Alors il m’abandonne, Dieu sait pourquoi.",
                        "Et il m’enferme toute seule à la campagne.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0004",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "Il avait envie de casser quelque chose, et, repoussant les domestiques, il tira à lui le "
            "châssis, qui résista ; les carreaux se brisèrent."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il avait envie de casser quelque chose.",
                        "Il repoussait les domestiques.",
                        "Et il tira à lui le châssis.",
                        "Le châssis résista.",
                        "Les carreaux se brisèrent.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il avait envie de casser quelque chose.",
                        "Il repoussait les domestiques.",
                        "Et il tira à lui le châssis.",
                        "Le châssis résista.",
                        "Les carreaux se brisèrent.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0005",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Tout à coup un des assistants, terrifié et mécontent, se glissa au premier rang, avec "
            "l’intention de saisir Dologhow par sa chemise."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Tout à coup un des assistants se glissa au premier rang.",
                        "Il était terrifié et mécontent.",
                        "C’était avec l’intention de saisir Dologhow par sa chemise.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0006",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": (
            "« Messieurs, ce sont des folies, il se blessera mortellement, » s’écria cet homme sage, plus "
            "sage assurément que ses camarades."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "« Messieurs, ce sont des folies, » s’écria cet homme sage.",
                        "« Il se blessera mortellement. »",
                        "Il était plus sage assurément que ses camarades.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0007",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": (
            "Pierre se couvrit les yeux, et un faible sourire passa sur sa figure, qui exprimait l’épouvante "
            "et l’horreur."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Pierre se couvrit les yeux.",
                        "Et un faible sourire passa sur sa figure.",
                        "Elle exprimait l’épouvante et l’horreur.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Pierre se couvrit les yeux.",
                        "Et un faible sourire passa sur sa figure.",
                        "Elle exprimait l’épouvante et l’horreur.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0008",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": "L’Anglais avait tiré sa bourse et faisait ses comptes avec Dologhow, devenu silencieux et maussade.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "L’Anglais avait tiré sa bourse.",
                        "Il faisait ses comptes avec Dologhow.",
                        "Dologhow était devenu silencieux et maussade.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "L’Anglais avait tiré sa bourse et faisait ses comptes avec Dologhow.",
                        "Dologhow était devenu silencieux et maussade.",
                    ],
                    [
                        "L’Anglais avait tiré sa bourse.",
                        "Il faisait ses comptes avec Dologhow.",
                        "Dologhow était devenu silencieux et maussade.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0009",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Les deux jeunes gens étaient des amis d’enfance, du même âge, tous deux jolis garçons, mais "
            "absolument différents l’un de l’autre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les deux jeunes gens étaient des amis d’enfance.",
                        "Ils étaient du même âge.",
                        "Ils étaient tous deux jolis garçons.",
                        "Mais ils étaient absolument différents l’un de l’autre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les deux jeunes gens étaient des amis d’enfance, du même âge.",
                        "Ils étaient tous deux jolis garçons.",
                        "Mais ils étaient absolument différents l’un de l’autre.",
                    ],
                    [
                        "Les deux jeunes gens étaient des amis d’enfance.",
                        "Ils étaient du même âge.",
                        "Ils étaient tous deux jolis garçons.",
                        "Mais ils étaient absolument différents l’un de l’autre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0010",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Bien qu’elle soit ma fille, je suis forcé d’être juste ; ce sera une véritable cantatrice, une "
            "seconde Salomoni !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est ma fille.",
                        "Mais je suis forcé d’être juste.",
                        "Ce sera une véritable cantatrice, une seconde Salomoni !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est ma fille.",
                        "Mais je suis forcé d’être juste.",
                        "Ce sera une véritable cantatrice, une seconde Salomoni !",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0011",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": "Boris et Natacha causaient à voix basse ; ils se turent à l’approche de Véra.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Boris et Natacha causaient à voix basse.", "Ils se turent à l’approche de Véra."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Boris et Natacha causaient à voix basse.", "Ils se turent à l’approche de Véra."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0012",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "S’il se sent mieux, vous inviterez Pierre à dîner ; il venait chez nous autrefois et dansait "
            "avec les enfants."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "S’il se sent mieux, vous inviterez Pierre à dîner.",
                        "Il venait chez nous autrefois.",
                        "Il dansait avec les enfants.",
                    ],
                    [
                        "S’il se sent mieux, vous inviterez Pierre à dîner.",
                        "Il venait chez nous autrefois et dansait avec les enfants.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0013",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": "– Ah ! chère, je ne vous reconnaissais pas, s’écria celle-ci avec joie en s’approchant d’elle.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Ah ! chère, je ne vous reconnaissais pas, s’écria celle-ci avec joie.",
                        "Elle s’approchait d’elle.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0014",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": "De retour depuis peu de jours, il s’était arrêté chez son père, comme d’habitude.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il était de retour depuis peu de jours.", "Il s’était arrêté chez son père, comme d’habitude."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il était de retour depuis peu de jours.", "Il s’était arrêté chez son père, comme d’habitude."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0015",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "Les tables de jeu étaient préparées ; les parties de boston s’organisèrent, et les invités se "
            "répandirent dans les salons et dans la bibliothèque."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les tables de jeu étaient préparées.",
                        "Les parties de boston s’organisèrent.",
                        "Les invités se répandirent dans les salons.",
                        "Ils se répandirent dans la bibliothèque.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les tables de jeu étaient préparées.",
                        "Les parties de boston s’organisèrent.",
                        "Et les invités se répandirent dans les salons et dans la bibliothèque.",
                    ],
                    [
                        "Les tables de jeu étaient préparées.",
                        "Les parties de boston s’organisèrent.",
                        "Les invités se répandirent dans les salons.",
                        "Ils se répandirent dans la bibliothèque.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0016",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Puis il se lançait de nouveau, tournant autour de sa dame, tantôt sur la pointe des pieds, "
            "tantôt sur les talons."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Puis il se lançait de nouveau.",
                        "Il tournait autour de sa dame.",
                        "Il tournait tantôt sur la pointe des pieds.",
                        "Il tournait tantôt sur les talons.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Puis il se lançait de nouveau.",
                        "Il tournait autour de sa dame.",
                        "C’était tantôt sur la pointe des pieds, tantôt sur les talons.",
                    ],
                    [
                        "Puis il se lançait de nouveau.",
                        "Il tournait autour de sa dame.",
                        "Il tournait tantôt sur la pointe des pieds.",
                        "Il tournait tantôt sur les talons.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0017",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Le prince Basile, singulièrement pâli et amaigri, le reconduisait, en lui disant quelques mots "
            "à voix basse."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le prince Basile était singulièrement pâli et amaigri.",
                        "Il le reconduisait.",
                        "Il lui disait quelques mots à voix basse.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le prince Basile était singulièrement pâli et amaigri.",
                        "Il le reconduisait, en lui disant quelques mots à voix basse.",
                    ],
                    [
                        "Le prince Basile était singulièrement pâli et amaigri.",
                        "Il le reconduisait.",
                        "Il lui disait quelques mots à voix basse.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0018",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "Catiche reparut bientôt ; sa figure était pâle, sa physionomie dure et sa lèvre inférieure "
            "fortement pincée."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Catiche reparut bientôt.",
                        "Sa figure était pâle, sa physionomie dure.",
                        "Et sa lèvre inférieure était fortement pincée.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Catiche reparut bientôt.",
                        "Sa figure était pâle, sa physionomie dure.",
                        "Et sa lèvre inférieure était fortement pincée.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0019",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": (
            "L’expression craintive, qui lui était habituelle, rendait encore moins attrayant son visage "
            "maladif et sans charme."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "L’expression craintive lui était habituelle.",
                        "Elle rendait encore moins attrayant son visage maladif.",
                        "Il était sans charme.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "L’expression craintive lui était habituelle.",
                        "Elle rendait encore moins attrayant son visage maladif et sans charme.",
                    ],
                    [
                        "L’expression craintive lui était habituelle.",
                        "Elle rendait encore moins attrayant son visage maladif.",
                        "Il était sans charme.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0020",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": "« Il ne s’éveillera que dans vingt minutes, dit-il à sa femme ; allons chez la princesse Marie. »",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "« Il ne s’éveillera que dans vingt minutes, dit-il à sa femme. »",
                        "« Allons chez la princesse Marie. »",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0021",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": "Il haussa les épaules, et son front se plissa comme celui d’un mélomane qui entend une fausse note.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il haussa les épaules.",
                        "Son front se plissa comme celui d’un mélomane.",
                        "Ce mélomane entend une fausse note.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il haussa les épaules.",
                        "Et son front se plissa comme celui d’un mélomane.",
                        "Ce mélomane entend une fausse note.",
                    ],
                    [
                        "Il haussa les épaules.",
                        "Son front se plissa comme celui d’un mélomane.",
                        "Ce mélomane entend une fausse note.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0022",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": "Celui-ci, jetant la bourse sous l’oreiller, serra la main moite qui lui était tendue.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Celui-ci jeta la bourse sous l’oreiller.", "Il serra la main moite.", "Elle lui était tendue."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Celui-ci jeta la bourse sous l’oreiller.", "Il serra la main moite qui lui était tendue."],
                    ["Celui-ci jeta la bourse sous l’oreiller.", "Il serra la main moite.", "Elle lui était tendue."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0023",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": "S’il faut se battre, eh bien, qu’on se batte ; sans cela, le diable sait ce qu’on fait !",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["S’il faut se battre, eh bien, qu’on se batte.", "Sans cela, le diable sait ce qu’on fait !"],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0024",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Chaque soldat, sans tourner la tête, regardait de côté son camarade, comme pour saisir au "
            "passage l’impression qu’il éprouvait."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Chaque soldat, sans tourner la tête, regardait de côté son camarade.",
                        "C’était comme pour saisir au passage l’impression qu’il éprouvait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0025",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Les sabres s’accrochaient aux brides, les éperons s’entrechoquaient, et les hussards quittèrent "
            "leurs montures, ne sachant eux-mêmes ce qu’ils allaient faire."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Les sabres s’accrochaient aux brides.",
                        "Les éperons s’entrechoquaient.",
                        "Et les hussards quittèrent leurs montures.",
                        "Ils ne savaient eux-mêmes ce qu’ils allaient faire.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les sabres s’accrochaient aux brides, les éperons s’entrechoquaient.",
                        "Et les hussards quittèrent leurs montures.",
                        "Ils ne savaient eux-mêmes ce qu’ils allaient faire.",
                    ],
                    [
                        "Les sabres s’accrochaient aux brides.",
                        "Les éperons s’entrechoquaient.",
                        "Et les hussards quittèrent leurs montures.",
                        "Ils ne savaient eux-mêmes ce qu’ils allaient faire.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0026",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": "– Annoncez au prince que j’ai mis le feu au pont, dit le colonel d’un air triomphant.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "tolstoi-0027",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": "Le 30, il attaqua Mortier, qui se trouvait également sur la rive gauche, et le battit.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le 30, il attaqua Mortier.",
                        "Mortier se trouvait également sur la rive gauche.",
                        "Et il le battit.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le 30, il attaqua Mortier.",
                        "Mortier se trouvait également sur la rive gauche.",
                        "Et il le battit.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0028",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Quelques bataillons en chemise, malgré la bise froide qui soufflait, y travaillaient comme des fourmis."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Quelques bataillons en chemise y travaillaient.",
                        "C’était comme des fourmis.",
                        "C’était malgré la bise froide qui soufflait.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Quelques bataillons en chemise y travaillaient comme des fourmis.",
                        "C’était malgré la bise froide qui soufflait.",
                    ],
                    [
                        "Quelques bataillons en chemise y travaillaient.",
                        "C’était comme des fourmis.",
                        "C’était malgré la bise froide qui soufflait.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0029",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Un autre, sans se retourner, dans la crainte d’être distrait, ouvrait la bouche toute grande en criant."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Un autre ne se retournait pas.",
                        "C’était dans la crainte d’être distrait.",
                        "Il ouvrait la bouche toute grande en criant.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Un autre ne se retournait pas.",
                        "C’était dans la crainte d’être distrait.",
                        "Il ouvrait la bouche toute grande en criant.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0030",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": "Et Rostow, suivant l’impulsion de son cheval excité, se sentait gagné par la même ardeur.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Et Rostow suivait l’impulsion de son cheval excité.", "Il se sentait gagné par la même ardeur."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Et Rostow suivait l’impulsion de son cheval excité.", "Il se sentait gagné par la même ardeur."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0031",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": "Mais va-t-on me prendre aussi ? se dit Rostow, qui n’en croyait pas ses yeux.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Mais va-t-on me prendre aussi ? se dit Rostow.", "Il n’en croyait pas ses yeux."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Mais va-t-on me prendre aussi ? se dit Rostow.", "Il n’en croyait pas ses yeux."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0032",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": "Le général étouffait à force de crier, la fumée l’aveuglait ; il s’arrêta de désespoir.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Le général étouffait à force de crier.", "La fumée l’aveuglait.", "Il s’arrêta de désespoir."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Le général étouffait à force de crier, la fumée l’aveuglait.", "Il s’arrêta de désespoir."],
                    ["Le général étouffait à force de crier.", "La fumée l’aveuglait.", "Il s’arrêta de désespoir."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0033",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "coordination",
        "source": (
            "C’était vrai en effet : l’architecte lui avait déclaré que des arrangements intérieurs étaient "
            "indispensables, et il l’avait laissé faire."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était vrai en effet.",
                        "L’architecte lui avait déclaré que des arrangements intérieurs étaient indispensables.",
                        "Et il l’avait laissé faire.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0034",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": "Rentré chez lui, il ne put s’endormir ; il pensait toujours à ce qu’il avait éprouvé.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était rentré chez lui.",
                        "Il ne put s’endormir.",
                        "Il pensait toujours à ce qu’il avait éprouvé.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était rentré chez lui.",
                        "Il ne put s’endormir.",
                        "Il pensait toujours à ce qu’il avait éprouvé.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0035",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": "Elle est là, à côté de lui ; il la voit, il la sent, il respire son haleine, il admire sa beauté !…",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est là, à côté de lui.",
                        "Il la voit, il la sent.",
                        "Il respire son haleine.",
                        "Il admire sa beauté !…",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle est là, à côté de lui.",
                        "Il la voit, il la sent, il respire son haleine.",
                        "Il admire sa beauté !…",
                    ],
                    [
                        "Elle est là, à côté de lui.",
                        "Il la voit, il la sent.",
                        "Il respire son haleine.",
                        "Il admire sa beauté !…",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0036",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": "Il ne pouvait se le rappeler ; il la regarda, elle se rapprocha de lui, toute rougissante.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il ne pouvait se le rappeler.", "Il la regarda.", "Elle se rapprocha de lui, toute rougissante."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il ne pouvait se le rappeler.", "Il la regarda, elle se rapprocha de lui, toute rougissante."],
                    ["Il ne pouvait se le rappeler.", "Il la regarda.", "Elle se rapprocha de lui, toute rougissante."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0037",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "Son assiette lui paraissant mal essuyée, il la jeta derrière lui ; Tikhone la rattrapa au vol "
            "et la passa au maître d’hôtel."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Son assiette lui paraissait mal essuyée.",
                        "Il la jeta derrière lui.",
                        "Tikhone la rattrapa au vol.",
                        "Il la passa au maître d’hôtel.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Son assiette lui paraissait mal essuyée.",
                        "Il la jeta derrière lui.",
                        "Tikhone la rattrapa au vol et la passa au maître d’hôtel.",
                    ],
                    [
                        "Son assiette lui paraissait mal essuyée.",
                        "Il la jeta derrière lui.",
                        "Tikhone la rattrapa au vol.",
                        "Il la passa au maître d’hôtel.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0038",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": (
            "« Ils sont arrivés, Marie, le savez-vous ? » lui dit sa belle-sœur, en entrant chez elle avec "
            "Mlle Bourrienne."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "« Ils sont arrivés, Marie, le savez-vous ? » lui dit sa belle-sœur.",
                        "Elle entrait chez elle avec Mlle Bourrienne.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0039",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Restée seule, Marie ne se regarda pas dans la glace, et, oubliant de mettre une autre coiffure, "
            "elle resta complètement immobile."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Marie était restée seule.",
                        "Elle ne se regarda pas dans la glace.",
                        "Elle oublia de mettre une autre coiffure.",
                        "Elle resta complètement immobile.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marie était restée seule.",
                        "Elle ne se regarda pas dans la glace.",
                        "Elle oublia de mettre une autre coiffure.",
                        "Elle resta complètement immobile.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0040",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "coordination",
        "source": "Anatole n’est pas un génie, mais c’est un honnête et brave garçon, c’est un bon fils.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Anatole n’est pas un génie.", "Mais c’est un honnête et brave garçon.", "C’est un bon fils."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Anatole n’est pas un génie.", "Mais c’est un honnête et brave garçon, c’est un bon fils."],
                    ["Anatole n’est pas un génie.", "Mais c’est un honnête et brave garçon.", "C’est un bon fils."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0041",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": "Sa cause serait gagnée ; en d’autres termes, son désir de garder sa fille serait satisfait.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Sa cause serait gagnée.", "En d’autres termes, son désir de garder sa fille serait satisfait."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0042",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": "– Ce n’est pas moi qui suis un imbécile, c’est vous qui êtes des sottes !",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["– Ce n’est pas moi qui suis un imbécile.", "– C’est vous qui êtes des sottes !"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["– Ce n’est pas moi qui suis un imbécile.", "– C’est vous qui êtes des sottes !"],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0043",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": "Cependant le lendemain, qui était le 15 du mois, il renouvela sa tentative.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Cependant le lendemain, il renouvela sa tentative.", "C’était le 15 du mois."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Cependant le lendemain, il renouvela sa tentative.", "C’était le 15 du mois."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0044",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Avec ses habits couverts de boue, il avait un air piteux, fatigué, égaré, qui cependant "
            "n’excluait pas l’orgueil et la jactance."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Ses habits étaient couverts de boue.",
                        "Il avait un air piteux, fatigué, égaré.",
                        "Cet air cependant n’excluait pas l’orgueil.",
                        "Il n’excluait pas la jactance.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ses habits étaient couverts de boue.",
                        "Il avait un air piteux, fatigué, égaré.",
                        "Cet air cependant n’excluait pas l’orgueil et la jactance.",
                    ],
                    [
                        "Ses habits étaient couverts de boue.",
                        "Il avait un air piteux, fatigué, égaré.",
                        "Cet air cependant n’excluait pas l’orgueil.",
                        "Il n’excluait pas la jactance.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0045",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Quand elle aime quelqu’un, c’est pour la vie ; quant à moi, je ne la comprends pas, j’oublie "
            "tout de suite."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Quand elle aime quelqu’un, c’est pour la vie.",
                        "Quant à moi, je ne la comprends pas.",
                        "J’oublie tout de suite.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Quand elle aime quelqu’un, c’est pour la vie.",
                        "Quant à moi, je ne la comprends pas.",
                        "J’oublie tout de suite.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0046",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "Mais, ce jour-là, silencieux, morose et abattu, il regardait d’un air distrait autour de lui et "
            "semblait ne rien entendre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Ce jour-là, il était silencieux, morose et abattu.",
                        "Il regardait d’un air distrait autour de lui.",
                        "Et il semblait ne rien entendre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Mais, ce jour-là, il était silencieux, morose et abattu.",
                        "Il regardait d’un air distrait autour de lui.",
                        "Et il semblait ne rien entendre.",
                    ],
                    [
                        "Ce jour-là, il était silencieux, morose et abattu.",
                        "Il regardait d’un air distrait autour de lui.",
                        "Et il semblait ne rien entendre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0047",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "adverbial",
        "source": (
            "Bien que tout fût prêt depuis trois minutes, personne ne donnait encore le signal ; tous se taisaient."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Tout était prêt depuis trois minutes.",
                        "Mais personne ne donnait encore le signal.",
                        "Tous se taisaient.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Tout était prêt depuis trois minutes.",
                        "Mais personne ne donnait encore le signal.",
                        "Tous se taisaient.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0048",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "dialogue",
        "source": "– Cela ne fait rien, princesse, ne vous tourmentez pas, tout ira bien, même sans le docteur. »",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "– Cela ne fait rien, princesse.",
                        "– Ne vous tourmentez pas.",
                        "– Tout ira bien, même sans le docteur.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "– Cela ne fait rien, princesse, ne vous tourmentez pas.",
                        "– Tout ira bien, même sans le docteur.",
                    ],
                    [
                        "– Cela ne fait rien, princesse.",
                        "– Ne vous tourmentez pas.",
                        "– Tout ira bien, même sans le docteur.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0049",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "participles",
        "source": (
            "La porte s’ouvrit tout à coup, et sa vieille bonne, coiffée d’un large mouchoir, se montra sur le seuil."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La porte s’ouvrit tout à coup.",
                        "Sa vieille bonne se montra sur le seuil.",
                        "Elle était coiffée d’un large mouchoir.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La porte s’ouvrit tout à coup.",
                        "Et sa vieille bonne se montra sur le seuil.",
                        "Elle était coiffée d’un large mouchoir.",
                    ],
                    [
                        "La porte s’ouvrit tout à coup.",
                        "Sa vieille bonne se montra sur le seuil.",
                        "Elle était coiffée d’un large mouchoir.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0050",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "coordination",
        "source": "Une femme se précipita hors de la chambre, et s’arrêta, interdite, à la vue du prince André.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Une femme se précipita hors de la chambre.",
                        "Elle s’arrêta à la vue du prince André.",
                        "Elle était interdite.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Une femme se précipita hors de la chambre.",
                        "Et elle s’arrêta, interdite, à la vue du prince André.",
                    ],
                    [
                        "Une femme se précipita hors de la chambre.",
                        "Elle s’arrêta, interdite, à la vue du prince André.",
                    ],
                    [
                        "Une femme se précipita hors de la chambre.",
                        "Elle s’arrêta à la vue du prince André.",
                        "Elle était interdite.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0051",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": "Rostow, qui avait marqué 6 000 sur une carte, les effaça pour écrire 21.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Rostow avait marqué 6 000 sur une carte.", "Il les effaça pour écrire 21."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Rostow avait marqué 6 000 sur une carte.", "Il les effaça pour écrire 21."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0052",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": (
            "Un quart d’heure après, le vieux comte revenait du club, gai et content ; son fils se rendit chez lui."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était un quart d’heure après.",
                        "Le vieux comte revenait du club.",
                        "Il était gai et content.",
                        "Son fils se rendit chez lui.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Un quart d’heure après, le vieux comte revenait du club.",
                        "Il était gai et content.",
                        "Son fils se rendit chez lui.",
                    ],
                    [
                        "C’était un quart d’heure après.",
                        "Le vieux comte revenait du club.",
                        "Il était gai et content.",
                        "Son fils se rendit chez lui.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0053",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "C’était un vieillard de petite taille, ridé, jaune, avec des sourcils gris qui retombaient sur "
            "ses yeux brillants, d’une couleur indécise."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était un vieillard de petite taille, ridé, jaune.",
                        "Des sourcils gris retombaient sur ses yeux brillants.",
                        "Ils étaient d’une couleur indécise.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C’était un vieillard de petite taille, ridé, jaune.",
                        "Des sourcils gris retombaient sur ses yeux brillants.",
                        "Ils étaient d’une couleur indécise.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0054",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "narration",
        "source": "Villarsky toussa ; on répondit par le bruit du maillet, et la porte s’ouvrit devant eux.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Villarsky toussa.", "On répondit par le bruit du maillet.", "Et la porte s’ouvrit devant eux."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Villarsky toussa.", "On répondit par le bruit du maillet.", "Et la porte s’ouvrit devant eux."],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0055",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": (
            "La moitié des régiments forme des troupes libres, qui parcourent la contrée, en mettant tout à "
            "feu et à sang."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La moitié des régiments forme des troupes libres.",
                        "Elles parcourent la contrée.",
                        "Elles mettent tout à feu et à sang.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La moitié des régiments forme des troupes libres.",
                        "Elles parcourent la contrée, en mettant tout à feu et à sang.",
                    ],
                    [
                        "La moitié des régiments forme des troupes libres.",
                        "Elles parcourent la contrée.",
                        "Elles mettent tout à feu et à sang.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0056",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "coordination",
        "source": "Pour vous, la vertu et la vérité doivent régner sur la terre, et moi, je ne m’en aperçois pas !",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Pour vous, la vertu et la vérité doivent régner sur la terre.",
                        "Et moi, je ne m’en aperçois pas !",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0057",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Elle l’avait connu enfant ; son affection pour André, ses malheurs et surtout sa bonne et "
            "honnête figure la disposaient en sa faveur."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle l’avait connu enfant.",
                        "Son affection pour André la disposait en sa faveur.",
                        "Ses malheurs la disposaient en sa faveur.",
                        "Et surtout sa bonne et honnête figure la disposait en sa faveur.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0058",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "relatives",
        "source": (
            "Une maison en pierres, dont les vitres étaient à moitié brisées, et entourée des restes d’une "
            "palissade, portait le nom d’hôpital."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Une maison en pierres portait le nom d’hôpital.",
                        "Ses vitres étaient à moitié brisées.",
                        "Elle était entourée des restes d’une palissade.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Une maison en pierres portait le nom d’hôpital.",
                        "Ses vitres étaient à moitié brisées.",
                        "Elle était entourée des restes d’une palissade.",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0059",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Qu’on me juge, je n’ai pas peur : j’ai servi honorablement l’Empereur, la patrie, je n’ai pas volé !"
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Qu’on me juge, je n’ai pas peur.",
                        "J’ai servi honorablement l’Empereur, la patrie.",
                        "Je n’ai pas volé !",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Qu’on me juge, je n’ai pas peur.",
                        "J’ai servi honorablement l’Empereur, la patrie, je n’ai pas volé !",
                    ],
                    [
                        "Qu’on me juge, je n’ai pas peur.",
                        "J’ai servi honorablement l’Empereur, la patrie.",
                        "Je n’ai pas volé !",
                    ],
                ],
            },
        },
    },
    {
        "id": "tolstoi-0060",
        "book": "tolstoi_guerre_et_paix_t1",
        "category": "enumerations",
        "source": (
            "Il pensait à Bonaparte, à son air satisfait, à Bonaparte empereur, aimé et respecté de son "
            "souverain bien-aimé !"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il pensait à Bonaparte, à son air satisfait, à Bonaparte empereur.",
                        "Bonaparte était aimé et respecté de son souverain bien-aimé !",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0001",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "La grande flèche de la cathédrale, le Munster, m'apparut toute baignée des rayons du soleil, "
            "qui lui venaient du Sud-Est."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "La grande flèche de la cathédrale m'apparut.",
                        "C'était le Munster.",
                        "Elle était toute baignée des rayons du soleil.",
                        "Ils lui venaient du Sud-Est.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La grande flèche de la cathédrale, le Munster, m'apparut.",
                        "Elle était toute baignée des rayons du soleil.",
                        "Ils lui venaient du Sud-Est.",
                    ],
                    [
                        "La grande flèche de la cathédrale m'apparut.",
                        "C'était le Munster.",
                        "Elle était toute baignée des rayons du soleil.",
                        "Ils lui venaient du Sud-Est.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0002",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": (
            "Sur le fleuve, c'était toujours le chapelet des îles basses, hérissées de saules, dont la tête "
            "émergeait comme de grosses touffes d'un gris pâle."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Sur le fleuve, c'était toujours le chapelet des îles basses.",
                        "Elles étaient hérissées de saules.",
                        "La tête des saules émergeait comme de grosses touffes d'un gris pâle.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0003",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Nous longions alors cette frontière de la Slavonie, où le fleuve modifie sa direction Nord-Sud "
            "pour courir vers l'Est."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Nous longions alors cette frontière de la Slavonie.",
                        "Le fleuve y modifie sa direction Nord-Sud.",
                        "C'est pour courir vers l'Est.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Nous longions alors cette frontière de la Slavonie.",
                        "Le fleuve y modifie sa direction Nord-Sud pour courir vers l'Est.",
                    ],
                    [
                        "Nous longions alors cette frontière de la Slavonie.",
                        "Le fleuve y modifie sa direction Nord-Sud.",
                        "C'est pour courir vers l'Est.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0004",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": "Après cela, lorsque je parle de ma chère Myra, peut-être crois-tu que j'exagère...",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Après cela, je parle de ma chère Myra.", "Alors peut-être crois-tu que j'exagère..."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Après cela, je parle de ma chère Myra.", "Alors peut-être crois-tu que j'exagère..."],
                ],
            },
        },
    },
    {
        "id": "verne-0005",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": (
            "Puis Marc et moi, fumant notre cigare, nous allâmes faire les cent pas en suivant le quai qui "
            "longe la rive gauche du Danube."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc et moi, nous fumions notre cigare.",
                        "Puis nous allâmes faire les cent pas.",
                        "Nous suivions le quai.",
                        "Il longe la rive gauche du Danube.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc et moi, nous fumions notre cigare.",
                        "Puis nous allâmes faire les cent pas en suivant le quai.",
                        "Il longe la rive gauche du Danube.",
                    ],
                    [
                        "Puis Marc et moi, nous fumions notre cigare.",
                        "Nous allâmes faire les cent pas en suivant le quai.",
                        "Il longe la rive gauche du Danube.",
                    ],
                    [
                        "Marc et moi, nous fumions notre cigare.",
                        "Puis nous allâmes faire les cent pas.",
                        "Nous suivions le quai.",
                        "Il longe la rive gauche du Danube.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0006",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "— Oui, à Ragz, dans une maison isolée du boulevard Tékéli, où personne ne pénètre.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "— Oui, c'est à Ragz.",
                        "— C'est dans une maison du boulevard Tékéli.",
                        "— Elle est isolée.",
                        "— Personne n'y pénètre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["— Oui, c'est à Ragz, dans une maison isolée du boulevard Tékéli.", "— Personne n'y pénètre."],
                    [
                        "— Oui, c'est à Ragz.",
                        "— C'est dans une maison du boulevard Tékéli.",
                        "— Elle est isolée.",
                        "— Personne n'y pénètre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0007",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Au-dessus du rez-de-chaussée se développait un premier étage, avec toit en grosses pannes et "
            "belvédère carré, dont les étroites fenêtres étaient drapées d'épais rideaux."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Au-dessus du rez-de-chaussée se développait un premier étage.",
                        "Il y avait un toit en grosses pannes.",
                        "Il y avait un belvédère carré.",
                        "Ses étroites fenêtres étaient drapées d'épais rideaux.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Au-dessus du rez-de-chaussée se développait un premier étage.",
                        "Il y avait un toit en grosses pannes et un belvédère carré.",
                        "Ses étroites fenêtres étaient drapées d'épais rideaux.",
                    ],
                    [
                        "Au-dessus du rez-de-chaussée se développait un premier étage.",
                        "Il y avait un toit en grosses pannes et un belvédère carré.",
                        "Les étroites fenêtres du belvédère étaient drapées d'épais rideaux.",
                    ],
                    [
                        "Au-dessus du rez-de-chaussée se développait un premier étage.",
                        "Il y avait un toit en grosses pannes.",
                        "Il y avait un belvédère carré.",
                        "Ses étroites fenêtres étaient drapées d'épais rideaux.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0008",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Jamais nous n'aurions consenti à cette union qui ne pouvait nous convenir sous aucun rapport, "
            "et à laquelle Myra eût opposé un refus catégorique."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Jamais nous n'aurions consenti à cette union.",
                        "Elle ne pouvait nous convenir sous aucun rapport.",
                        "Myra y eût opposé un refus catégorique.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Jamais nous n'aurions consenti à cette union.",
                        "Elle ne pouvait nous convenir sous aucun rapport.",
                        "Myra y eût opposé un refus catégorique.",
                    ],
                    [
                        "Jamais nous n'aurions consenti à cette union.",
                        "Elle ne pouvait nous convenir sous aucun rapport.",
                        "Et Myra y eût opposé un refus catégorique.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0009",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": (
            "Cependant, il appartient à une famille assez suspecte, et, avant lui, son père, Otto Storitz, "
            "prêtait aux plus singulières légendes."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant, il appartient à une famille assez suspecte.",
                        "Et, avant lui, son père, Otto Storitz, prêtait aux plus singulières légendes.",
                    ],
                    [
                        "Cependant, il appartient à une famille assez suspecte.",
                        "Son père était Otto Storitz.",
                        "Avant lui, son père prêtait aux plus singulières légendes.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0010",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": (
            "« Décidément, pensai-je, si ces deux hommes se trouvent en face l'un de l'autre, il sera "
            "difficile d'empêcher l'éclat que redoute tant le docteur. »"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "verne-0011",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Les Storitz disposaient de moyens qui pouvaient défier toute puissance humaine, et il "
            "n'hésiterait pas à s'en servir contre l'imprudente famille qui le repoussait..."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les Storitz disposaient de moyens qui pouvaient défier toute puissance humaine.",
                        "Et il n'hésiterait pas à s'en servir contre l'imprudente famille.",
                        "Cette famille le repoussait...",
                    ],
                    [
                        "Les Storitz disposaient de moyens qui pouvaient défier toute puissance humaine.",
                        "Il n'hésiterait pas à s'en servir contre l'imprudente famille.",
                        "Elle le repoussait...",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0012",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Elle le signala au docteur, qui se contenta de la rassurer, sans lui rien dire de la récente "
            "visite de l'énigmatique personnage."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle le signala au docteur.",
                        "Il se contenta de la rassurer.",
                        "Il ne lui dit rien de la visite.",
                        "La visite était récente.",
                        "C'était celle de l'énigmatique personnage.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Elle le signala au docteur.",
                        "Il se contenta de la rassurer.",
                        "Il ne lui dit rien de la récente visite de l'énigmatique personnage.",
                    ],
                    [
                        "Elle le signala au docteur.",
                        "Il se contenta de la rassurer.",
                        "Il ne lui dit rien de la visite.",
                        "La visite était récente.",
                        "C'était celle de l'énigmatique personnage.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0013",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": (
            "Dès qu'il aperçut mon frère, il s'arrêta d'un mouvement brusque et parut hésiter comme s'il "
            "voulait venir à nous."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il aperçut mon frère.",
                        "Alors il s'arrêta d'un mouvement brusque.",
                        "Il parut hésiter.",
                        "C'était comme s'il voulait venir à nous.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Dès qu'il aperçut mon frère, il s'arrêta d'un mouvement brusque.",
                        "Il parut hésiter comme s'il voulait venir à nous.",
                    ],
                    [
                        "Il aperçut mon frère.",
                        "Alors il s'arrêta d'un mouvement brusque.",
                        "Il parut hésiter comme s'il voulait venir à nous.",
                    ],
                    [
                        "Il aperçut mon frère.",
                        "Alors il s'arrêta d'un mouvement brusque.",
                        "Il parut hésiter.",
                        "C'était comme s'il voulait venir à nous.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0014",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": "Tout ce monde allait et venait à travers les salons et la galerie.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "verne-0015",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "« Eh bien, me demanda Myra en riant, vous n'avez pas choisi votre valseuse ?",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["« Eh bien, me demanda Myra en riant. »", "« Vous n'avez pas choisi votre valseuse ? »"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["« Eh bien, me demanda Myra, vous n'avez pas choisi votre valseuse ? »", "Elle riait."],
                    ["« Eh bien, me demanda Myra en riant. »", "« Vous n'avez pas choisi votre valseuse ? »"],
                ],
            },
        },
    },
    {
        "id": "verne-0016",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": (
            "Cependant Myra, très affectée d'abord, a fait appel à son énergie et s'efforce de rassurer sa "
            "mère, plus frappée qu'elle."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant Myra a été très affectée d'abord.",
                        "Elle a fait appel à son énergie.",
                        "Elle s'efforce de rassurer sa mère.",
                        "Sa mère est plus frappée qu'elle.",
                    ],
                    [
                        "Myra a été très affectée d'abord.",
                        "Cependant elle a fait appel à son énergie.",
                        "Elle s'efforce de rassurer sa mère.",
                        "Sa mère est plus frappée qu'elle.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant Myra a été très affectée d'abord.",
                        "Elle a fait appel à son énergie.",
                        "Elle s'efforce de rassurer sa mère.",
                        "Sa mère est plus frappée qu'elle.",
                    ],
                    [
                        "Myra a été très affectée d'abord.",
                        "Cependant elle a fait appel à son énergie.",
                        "Elle s'efforce de rassurer sa mère.",
                        "Sa mère est plus frappée qu'elle.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0017",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Quant à Marc, qui ne savait rien encore des dernières démarches de Wilhelm Storitz, il parut ne "
            "pas avoir entendu."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc ne savait rien encore des dernières démarches de Wilhelm Storitz.",
                        "Quant à Marc, il parut ne pas avoir entendu.",
                    ],
                    [
                        "Quant à Marc, il parut ne pas avoir entendu.",
                        "Il ne savait rien encore des dernières démarches de Wilhelm Storitz.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0018",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "M. Henrich Stepark était un homme de petite taille, à la physionomie énergique, au regard "
            "interrogateur, d'une finesse et d'une intelligence remarquables, d'un esprit très pratique, "
            "d'un flair très sûr."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "M. Henrich Stepark était un homme de petite taille.",
                        "Il était à la physionomie énergique, au regard interrogateur.",
                        "Il était d'une finesse et d'une intelligence remarquables.",
                        "Il était d'un esprit très pratique, d'un flair très sûr.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0019",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Il partit pour le palais, et le docteur sortit en même temps que lui, se rendant à l'hôtel, où "
            "nous irions le retrouver."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il partit pour le palais.",
                        "Le docteur sortit en même temps que lui.",
                        "Le docteur se rendait à l'hôtel.",
                        "Nous irions l'y retrouver.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il partit pour le palais.",
                        "Et le docteur sortit en même temps que lui.",
                        "Le docteur se rendait à l'hôtel.",
                        "Nous irions l'y retrouver.",
                    ],
                    [
                        "Il partit pour le palais.",
                        "Le docteur sortit en même temps que lui.",
                        "Le docteur se rendait à l'hôtel.",
                        "Nous irions l'y retrouver.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0020",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": "Et tous deux, quittant la Maison de Ville, nous descendîmes vers le quai Batthyani.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Tous deux, nous quittâmes la Maison de Ville.", "Nous descendîmes vers le quai Batthyani."],
                    ["Tous deux, nous quittâmes la Maison de Ville.", "Et nous descendîmes vers le quai Batthyani."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Et tous deux, nous quittâmes la Maison de Ville.", "Nous descendîmes vers le quai Batthyani."],
                    ["Tous deux, nous quittâmes la Maison de Ville.", "Et nous descendîmes vers le quai Batthyani."],
                    ["Tous deux, nous quittâmes la Maison de Ville.", "Nous descendîmes vers le quai Batthyani."],
                ],
            },
        },
    },
    {
        "id": "verne-0021",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": "Des couples de cigognes et de grues, faisant tête au vent, jetaient des cris aigus.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Des couples de cigognes et de grues faisaient tête au vent.", "Ils jetaient des cris aigus."],
                ],
            },
        },
    },
    {
        "id": "verne-0022",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": (
            "Au fond, un perron de trois marches montait à la porte d'entrée de l'habitation, fermée comme "
            "celle de la grille."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Au fond, il y avait un perron.",
                        "Il était de trois marches.",
                        "Il montait à la porte d'entrée de l'habitation.",
                        "Elle était fermée comme celle de la grille.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Au fond, il y avait un perron de trois marches.",
                        "Il montait à la porte d'entrée de l'habitation.",
                        "Elle était fermée comme celle de la grille.",
                    ],
                    [
                        "Au fond, il y avait un perron.",
                        "Il était de trois marches.",
                        "Il montait à la porte d'entrée de l'habitation.",
                        "Elle était fermée comme celle de la grille.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0023",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": "Un des agents était resté de garde sur le perron de la cour.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Un des agents était resté de garde.", "C'était sur le perron de la cour."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Un des agents était resté de garde.", "C'était sur le perron de la cour."],
                ],
            },
        },
    },
    {
        "id": "verne-0024",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "— S'il voit mes agents, mes agents le verront, et ils ont ordre de me l'amener.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["— S'il voit mes agents, mes agents le verront.", "— Et ils ont ordre de me l'amener."],
                    ["— S'il voit mes agents, mes agents le verront.", "— Ils ont ordre de me l'amener."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["— S'il voit mes agents, mes agents le verront.", "— Et ils ont ordre de me l'amener."],
                    ["— S'il voit mes agents, mes agents le verront.", "— Ils ont ordre de me l'amener."],
                ],
            },
        },
    },
    {
        "id": "verne-0025",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": "En effet, ce n'était qu'une sorte de cage carrée de huit pieds sur huit, et haute d'une dizaine.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "En effet, ce n'était qu'une sorte de cage.",
                        "Elle était carrée, de huit pieds sur huit.",
                        "Elle était haute d'une dizaine.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "En effet, ce n'était qu'une sorte de cage carrée.",
                        "Elle était de huit pieds sur huit, et haute d'une dizaine.",
                    ],
                    [
                        "En effet, ce n'était qu'une sorte de cage.",
                        "Elle était carrée, de huit pieds sur huit, et haute d'une dizaine.",
                    ],
                    [
                        "En effet, ce n'était qu'une sorte de cage.",
                        "Elle était carrée, de huit pieds sur huit.",
                        "Elle était haute d'une dizaine.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0026",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": (
            "« Mon cher Haralan, je comprends votre colère, je comprends que vous ne vouliez pas laisser "
            "impunies ces insultes."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "« Mon cher Haralan, je comprends votre colère. »",
                        "« Je comprends que vous ne vouliez pas laisser impunies ces insultes. »",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0027",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "Cependant, il me tardait d'avoir revu mon frère, de l'avoir mis au courant, et il me tardait "
            "plus encore que son mariage fût accompli."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant, il me tardait d'avoir revu mon frère.",
                        "Il me tardait de l'avoir mis au courant.",
                        "Et il me tardait plus encore que son mariage fût accompli.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0028",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": "J'eus grand-peine à le modérer, et il fallut que le docteur joignît ses instances aux miennes.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "J'eus grand-peine à le modérer.",
                        "Et il fallut que le docteur joignît ses instances aux miennes.",
                    ],
                    ["J'eus grand-peine à le modérer.", "Il fallut que le docteur joignît ses instances aux miennes."],
                ],
            },
        },
    },
    {
        "id": "verne-0029",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": "Le jour même, je retournai à la Maison de Ville, où je réclamai la couronne à M. Stepark.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Le jour même, je retournai à la Maison de Ville.", "J'y réclamai la couronne à M. Stepark."],
                    [
                        "Le jour même, je retournai à la Maison de Ville.",
                        "Alors j'y réclamai la couronne à M. Stepark.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0030",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": (
            "Si Wilhelm Storitz avait paru, la police aurait été immédiatement avertie de son retour et on "
            "l'eût mis en état d'arrestation."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "verne-0031",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": (
            "Cependant, bien que le bruit de cette affaire se fût notablement assoupi, le gouverneur de Ragz "
            "ne laissait pas de s'en inquiéter encore."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le bruit de cette affaire s'était notablement assoupi.",
                        "Cependant, le gouverneur de Ragz ne laissait pas de s'en inquiéter encore.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0032",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "— Il n'y a aucune raison de croire que Wilhelm Storitz ait l'intention de revenir à Ragz ?",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {"fits": False, "acceptable": []},
        },
    },
    {
        "id": "verne-0033",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "« Vous ne ferez pas cela, mon cher Haralan, déclarai-je, vous ne le ferez pas...",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["« Vous ne ferez pas cela, mon cher Haralan, déclarai-je. »", "« Vous ne le ferez pas... »"],
                ],
            },
        },
    },
    {
        "id": "verne-0034",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": (
            "Car en somme, tout en regardant comme un devoir de rassurer les autres, je n'étais pas sans "
            "éprouver quelques inquiétudes."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Car en somme, je regardais comme un devoir de rassurer les autres.",
                        "Mais je n'étais pas sans éprouver quelques inquiétudes.",
                    ],
                    [
                        "Car en somme, je regardais comme un devoir de rassurer les autres.",
                        "Je n'étais pas sans éprouver quelques inquiétudes.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0035",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "La maison Storitz était toujours telle qu'on l'avait laissée après la descente de police, "
            "portes fermées, fenêtres closes, cour et jardin déserts."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "La maison Storitz était toujours telle qu'on l'avait laissée.",
                        "C'était après la descente de police.",
                        "Les portes étaient fermées, les fenêtres closes, cour et jardin déserts.",
                    ],
                    [
                        "La maison Storitz était toujours telle qu'on l'avait laissée.",
                        "C'était après la descente de police.",
                        "Les portes étaient fermées, les fenêtres closes.",
                        "La cour et le jardin étaient déserts.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0036",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "M. Neuman et le capitaine Haralan étaient les témoins de la mariée, le lieutenant Armgard et "
            "moi, ceux de Marc."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "M. Neuman et le capitaine Haralan étaient les témoins de la mariée.",
                        "Le lieutenant Armgard et moi, nous étions ceux de Marc.",
                    ],
                    [
                        "M. Neuman et le capitaine Haralan étaient les témoins de la mariée.",
                        "Le lieutenant Armgard et moi étions ceux de Marc.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0037",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Nous sautâmes aussitôt à terre et nous avançâmes, à la suite de Marc, entre les rangs des "
            "spectateurs qui s'échelonnaient le long du parvis."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Nous sautâmes aussitôt à terre.",
                        "Nous avançâmes à la suite de Marc.",
                        "C'était entre les rangs des spectateurs.",
                        "Ils s'échelonnaient le long du parvis.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Nous sautâmes aussitôt à terre.",
                        "Nous avançâmes, à la suite de Marc, entre les rangs des spectateurs.",
                        "Ils s'échelonnaient le long du parvis.",
                    ],
                    [
                        "Nous sautâmes aussitôt à terre.",
                        "Nous avançâmes à la suite de Marc.",
                        "C'était entre les rangs des spectateurs.",
                        "Ils s'échelonnaient le long du parvis.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0038",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "Un mouvement se fit à droite du chœur, et la foule dut s'ouvrir pour livrer passage à "
            "l'archiprêtre, au diacre, au sous-diacre, aux bedeaux, aux enfants de la maîtrise."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Un mouvement se fit à droite du chœur.",
                        "Et la foule dut s'ouvrir pour livrer passage à l'archiprêtre.",
                        "Elle dut livrer passage au diacre, au sous-diacre, aux bedeaux.",
                        "Elle dut livrer passage aux enfants de la maîtrise.",
                    ],
                    [
                        "Un mouvement se fit à droite du chœur.",
                        "La foule dut s'ouvrir pour livrer passage à l'archiprêtre.",
                        "Elle dut livrer passage au diacre, au sous-diacre, aux bedeaux.",
                        "Elle dut livrer passage aux enfants de la maîtrise.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0039",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Il fallut l'entraîner dans une autre pièce où les médecins luttèrent contre cette crise, dont "
            "l'issue aurait pu être fatale."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il fallut l'entraîner dans une autre pièce.",
                        "Les médecins y luttèrent contre cette crise.",
                        "Son issue aurait pu être fatale.",
                    ],
                    [
                        "Il fallut l'entraîner dans une autre pièce.",
                        "Les médecins y luttèrent contre cette crise.",
                        "L'issue de cette crise aurait pu être fatale.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il fallut l'entraîner dans une autre pièce.",
                        "Les médecins y luttèrent contre cette crise.",
                        "Son issue aurait pu être fatale.",
                    ],
                    [
                        "Il fallut l'entraîner dans une autre pièce.",
                        "Les médecins y luttèrent contre cette crise.",
                        "L'issue de cette crise aurait pu être fatale.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0040",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": "Le passager, que je croyais débarqué à Vukovar, était toujours à bord, et on ne l'y voyait pas !...",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Le passager était toujours à bord.",
                        "Je le croyais débarqué à Vukovar.",
                        "Et on ne l'y voyait pas !...",
                    ],
                    [
                        "Je croyais le passager débarqué à Vukovar.",
                        "Il était toujours à bord.",
                        "Et on ne l'y voyait pas !...",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Le passager était toujours à bord.",
                        "Je le croyais débarqué à Vukovar.",
                        "Et on ne l'y voyait pas !...",
                    ],
                    [
                        "Je croyais le passager débarqué à Vukovar.",
                        "Il était toujours à bord.",
                        "Et on ne l'y voyait pas !...",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0041",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Le soir de ce même jour, 4 juin, une lueur puissante, qui fut aperçue de la place Kurtz et du "
            "marché Coloman, apparut à la plus haute fenêtre du beffroi."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "C'était le soir de ce même jour, 4 juin.",
                        "Une lueur puissante apparut à la plus haute fenêtre du beffroi.",
                        "Elle fut aperçue de la place Kurtz et du marché Coloman.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0042",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": (
            "Une torche enflammée s'abaissait, se relevait, s'agitait, comme si quelque incendiaire eût "
            "voulu mettre le feu à l'édifice."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Une torche enflammée s'abaissait, se relevait, s'agitait.",
                        "C'était comme si quelque incendiaire eût voulu mettre le feu à l'édifice.",
                    ],
                    [
                        "Une torche enflammée s'abaissait.",
                        "Elle se relevait.",
                        "Elle s'agitait.",
                        "C'était comme si quelque incendiaire eût voulu mettre le feu à l'édifice.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0043",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": "Wilhelm Storitz n'avait pas quitté Ragz et il était entré sans difficulté dans l'hôtel Roderich.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Wilhelm Storitz n'avait pas quitté Ragz.",
                        "Il était entré sans difficulté dans l'hôtel Roderich.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Wilhelm Storitz n'avait pas quitté Ragz.",
                        "Il était entré sans difficulté dans l'hôtel Roderich.",
                    ],
                    [
                        "Wilhelm Storitz n'avait pas quitté Ragz.",
                        "Et il était entré sans difficulté dans l'hôtel Roderich.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0044",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": "C'est vrai, mais un emprisonnement est supportable quand il ne doit pas s'éterniser.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["C'est vrai.", "Mais un emprisonnement est supportable quand il ne doit pas s'éterniser."],
                ],
            },
        },
    },
    {
        "id": "verne-0045",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": (
            "Les églises n'offraient même pas un asile où l'on pût se réfugier, après ce qui s'était passé à "
            "la cathédrale."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Les églises n'offraient même pas un asile où l'on pût se réfugier.",
                        "C'était après ce qui s'était passé à la cathédrale.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0046",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Heureusement, ils n'ont pu découvrir la cachette du jardin, mais elle est sous les décombres, "
            "et j'ai besoin de toi pour la dégager."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Heureusement, ils n'ont pu découvrir la cachette du jardin.",
                        "Mais elle est sous les décombres.",
                        "Et j'ai besoin de toi pour la dégager.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0047",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": "Il n'acheva pas, ou plutôt ce fut comme un rugissement qui s'échappa de sa poitrine.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il n'acheva pas.", "Ou plutôt ce fut comme un rugissement.", "Il s'échappa de sa poitrine."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Il n'acheva pas.", "Ou plutôt ce fut comme un rugissement qui s'échappa de sa poitrine."],
                    ["Il n'acheva pas.", "Ou plutôt ce fut comme un rugissement.", "Il s'échappa de sa poitrine."],
                ],
            },
        },
    },
    {
        "id": "verne-0048",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": "Parce qu'ils ont brûlé ma maison, ils croient qu'ils ont brûlé mes secrets !...",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Ils ont brûlé ma maison.", "Alors ils croient qu'ils ont brûlé mes secrets !..."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Ils ont brûlé ma maison.", "Alors ils croient qu'ils ont brûlé mes secrets !..."],
                ],
            },
        },
    },
    {
        "id": "verne-0049",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "Marc et moi, nous monterions dans la seconde, qui sortirait de la ville par un chemin "
            "différent, afin de ne point éveiller l'attention."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc et moi, nous monterions dans la seconde.",
                        "Elle sortirait de la ville.",
                        "Ce serait par un chemin différent.",
                        "Ce serait afin de ne point éveiller l'attention.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc et moi, nous monterions dans la seconde.",
                        "Elle sortirait de la ville par un chemin différent.",
                        "Ce serait afin de ne point éveiller l'attention.",
                    ],
                    [
                        "Marc et moi, nous monterions dans la seconde.",
                        "Elle sortirait de la ville.",
                        "Ce serait par un chemin différent.",
                        "Ce serait afin de ne point éveiller l'attention.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0050",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": "Lorsque ce cri retentit dans l'hôtel, il sembla qu'on n'en comprît pas d'abord la signification.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Ce cri retentit dans l'hôtel.",
                        "Alors il sembla qu'on n'en comprît pas d'abord la signification.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0051",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "Est-il possible qu'elle ait quitté son lit, traversé la chambre de sa mère, descendu "
            "l'escalier, sans avoir été aperçue ?"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Est-il possible qu'elle ait quitté son lit ?",
                        "Est-il possible qu'elle ait traversé la chambre de sa mère ?",
                        "Est-il possible qu'elle ait descendu l'escalier sans avoir été aperçue ?",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0052",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": "Je n'avais pas, en effet, quitté la porte de la galerie devant laquelle stationnait la berline.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Je n'avais pas, en effet, quitté la porte.",
                        "C'était la porte de la galerie.",
                        "La berline stationnait devant cette porte.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Je n'avais pas, en effet, quitté la porte de la galerie.",
                        "La berline stationnait devant cette porte.",
                    ],
                    ["Je n'avais pas, en effet, quitté la porte de la galerie.", "La berline stationnait devant elle."],
                    [
                        "Je n'avais pas, en effet, quitté la porte.",
                        "C'était la porte de la galerie.",
                        "La berline stationnait devant cette porte.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0053",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": (
            "« Monsieur Vidal, me dit-il, ne sentez-vous pas une odeur particulière, et qui a déjà affecté "
            "notre odorat quelque part ? »"
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "« Monsieur Vidal, me dit-il, ne sentez-vous pas une odeur particulière ? »",
                        "« Elle a déjà affecté notre odorat quelque part. »",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0054",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Avant neuf heures, le lieutenant Armgard se présenta à l'hôtel et se mit à la disposition de son camarade."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Avant neuf heures, le lieutenant Armgard se présenta à l'hôtel.",
                        "Il se mit à la disposition de son camarade.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0055",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": "Une fois de plus, il s'était arrêté, comme incertain du parti qu'il devait prendre.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["Une fois de plus, il s'était arrêté.", "Il était comme incertain du parti qu'il devait prendre."],
                ],
            },
        },
    },
    {
        "id": "verne-0056",
        "book": "verne_secret_wilhelm_storitz",
        "category": "participles",
        "source": "Replié sur lui-même, les muscles tendus, prêt à bondir, il ressemblait à un fauve à l'affût.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était replié sur lui-même.",
                        "Ses muscles étaient tendus.",
                        "Il était prêt à bondir.",
                        "Il ressemblait à un fauve à l'affût.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il était replié sur lui-même, les muscles tendus, prêt à bondir.",
                        "Il ressemblait à un fauve à l'affût.",
                    ],
                    [
                        "Il était replié sur lui-même, les muscles tendus.",
                        "Il était prêt à bondir.",
                        "Il ressemblait à un fauve à l'affût.",
                    ],
                    [
                        "Il était replié sur lui-même.",
                        "Ses muscles étaient tendus.",
                        "Il était prêt à bondir.",
                        "Il ressemblait à un fauve à l'affût.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0057",
        "book": "verne_secret_wilhelm_storitz",
        "category": "enumerations",
        "source": (
            "Il avance, il recule, ouvre les bras et les referme, il se courbe et se redresse, comme un "
            "lutteur combattant corps à corps."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Il avance, il recule.",
                        "Il ouvre les bras et les referme.",
                        "Il se courbe et se redresse.",
                        "C'est comme un lutteur combattant corps à corps.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Il avance, il recule.",
                        "Il ouvre les bras et les referme.",
                        "Il se courbe et se redresse.",
                        "C'est comme un lutteur combattant corps à corps.",
                    ],
                    [
                        "Il avance, il recule, ouvre les bras et les referme.",
                        "Il se courbe et se redresse.",
                        "C'est comme un lutteur combattant corps à corps.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0058",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "« Diras-tu où est Myra ? répète le capitaine Haralan au comble de la fureur.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["« Diras-tu où est Myra ? » répète le capitaine Haralan.", "Il est au comble de la fureur."],
                    ["« Diras-tu où est Myra ? répète le capitaine Haralan. »", "Il est au comble de la fureur."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["« Diras-tu où est Myra ? » répète le capitaine Haralan.", "Il est au comble de la fureur."],
                    ["« Diras-tu où est Myra ? répète le capitaine Haralan. »", "Il est au comble de la fureur."],
                ],
            },
        },
    },
    {
        "id": "verne-0059",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": "Puisqu'il ne peut fuir, il se vengera du moins, il tuera le capitaine Haralan...",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["Il ne peut fuir.", "Alors il se vengera du moins.", "Il tuera le capitaine Haralan..."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Puisqu'il ne peut fuir, il se vengera du moins.", "Il tuera le capitaine Haralan..."],
                    ["Il ne peut fuir.", "Alors il se vengera du moins.", "Il tuera le capitaine Haralan..."],
                ],
            },
        },
    },
    {
        "id": "verne-0060",
        "book": "verne_secret_wilhelm_storitz",
        "category": "narration",
        "source": (
            "Pourtant, ma main était toujours prisonnière ; et la voix suppliante continuait à se faire entendre."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Pourtant, ma main était toujours prisonnière.",
                        "La voix suppliante continuait à se faire entendre.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Pourtant, ma main était toujours prisonnière.",
                        "Et la voix suppliante continuait à se faire entendre.",
                    ],
                    [
                        "Pourtant, ma main était toujours prisonnière.",
                        "La voix suppliante continuait à se faire entendre.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0061",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "— Je vais faire transporter ce corps à la Maison de Ville, lui fut-il répondu.",
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    ["— Je vais faire transporter ce corps, lui fut-il répondu.", "— C'est à la Maison de Ville."],
                ],
            },
        },
    },
    {
        "id": "verne-0062",
        "book": "verne_secret_wilhelm_storitz",
        "category": "adverbial",
        "source": (
            "Je ne savais comment calmer mon frère, lorsque notre conversation fut interrompue par un "
            "tumulte du dehors."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Je ne savais comment calmer mon frère.",
                        "Alors notre conversation fut interrompue.",
                        "Ce fut par un tumulte du dehors.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Je ne savais comment calmer mon frère.",
                        "Alors notre conversation fut interrompue par un tumulte du dehors.",
                    ],
                    [
                        "Je ne savais comment calmer mon frère.",
                        "Notre conversation fut alors interrompue par un tumulte du dehors.",
                    ],
                    [
                        "Je ne savais comment calmer mon frère.",
                        "Alors notre conversation fut interrompue.",
                        "Ce fut par un tumulte du dehors.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0063",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": "Pendant un quart d'heure, les cris retentirent devant l'hôtel, puis le silence se fit.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Pendant un quart d'heure, les cris retentirent.",
                        "C'était devant l'hôtel.",
                        "Puis le silence se fit.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["Pendant un quart d'heure, les cris retentirent devant l'hôtel.", "Puis le silence se fit."],
                    [
                        "Pendant un quart d'heure, les cris retentirent.",
                        "C'était devant l'hôtel.",
                        "Puis le silence se fit.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0064",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": "L'interrogatoire d'Hermann avait eu lieu, en effet, mais il avait eu lieu inutilement.",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["L'interrogatoire d'Hermann avait eu lieu, en effet.", "Mais il avait eu lieu inutilement."],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["L'interrogatoire d'Hermann avait eu lieu, en effet.", "Mais il avait eu lieu inutilement."],
                ],
            },
        },
    },
    {
        "id": "verne-0065",
        "book": "verne_secret_wilhelm_storitz",
        "category": "relatives",
        "source": (
            "En ce moment, Marc, qui avait trouvé la main de sa femme, entraîna doucement celle-ci, comme "
            "s'il eût conduit une aveugle."
        ),
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc avait trouvé la main de sa femme.",
                        "En ce moment, il entraîna doucement celle-ci.",
                        "C'était comme s'il eût conduit une aveugle.",
                    ],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Marc avait trouvé la main de sa femme.",
                        "En ce moment, il entraîna doucement celle-ci.",
                        "C'était comme s'il eût conduit une aveugle.",
                    ],
                    [
                        "Marc avait trouvé la main de sa femme.",
                        "En ce moment, il l'entraîna doucement, comme s'il eût conduit une aveugle.",
                    ],
                ],
            },
        },
    },
    {
        "id": "verne-0066",
        "book": "verne_secret_wilhelm_storitz",
        "category": "dialogue",
        "source": "« Je suis là, je suis redevenue visible, et vous me voyez comme je me vois. »",
        "limits": {
            8: {
                "fits": True,
                "acceptable": [
                    ["« Je suis là, je suis redevenue visible. »", "« Et vous me voyez comme je me vois. »"],
                    ["« Je suis là. »", "« Je suis redevenue visible. »", "« Et vous me voyez comme je me vois. »"],
                ],
            },
            12: {
                "fits": True,
                "acceptable": [
                    ["« Je suis là, je suis redevenue visible. »", "« Et vous me voyez comme je me vois. »"],
                    ["« Je suis là. »", "« Je suis redevenue visible. »", "« Et vous me voyez comme je me vois. »"],
                ],
            },
        },
    },
    {
        "id": "verne-0067",
        "book": "verne_secret_wilhelm_storitz",
        "category": "coordination",
        "source": (
            "Cependant, il n'est pas de vacances si longues qu'elles ne s'achèvent, et il me fallut enfin "
            "regagner Paris."
        ),
        "limits": {
            8: {"fits": False, "acceptable": []},
            12: {
                "fits": True,
                "acceptable": [
                    [
                        "Cependant, il n'est pas de vacances si longues qu'elles ne s'achèvent.",
                        "Et il me fallut enfin regagner Paris.",
                    ],
                    [
                        "Cependant, il n'est pas de vacances si longues qu'elles ne s'achèvent.",
                        "Il me fallut enfin regagner Paris.",
                    ],
                ],
            },
        },
    },
]
