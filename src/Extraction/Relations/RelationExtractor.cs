using System.Collections.Immutable;
using System.Globalization;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>
/// Finds relation triples in a linked document: scores every argument pair of a sentence with the linear model,
/// keeps the best class the type signature allows, adds HOLDS_ROLE from title apposition, then attaches modality,
/// attribution and extra arguments. Immutable and thread-safe.
/// </summary>
internal sealed class RelationExtractor
{
    /// <summary>Pairs further apart than this many tokens are not scored.</summary>
    public const int MaxPairDistance = 40;

    /// <summary>A secondary POSSESSES (nationality adjective on a weapon that also gets USES or SUPPLIES) needs this probability.</summary>
    private const float SecondaryPossessesThreshold = 0.2f;

    private readonly RelationModel _model;
    private readonly IStateLexicon _states;

    public RelationExtractor(RelationModel model, IStateLexicon states)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _states = states ?? throw new ArgumentNullException(nameof(states));
    }

    /// <summary>Adds the relations of <paramref name="document"/> to <see cref="AnalysisDocument.Relations"/>.</summary>
    public void Extract(AnalysisDocument document, CancellationToken cancellationToken)
    {
        if (document.Entities.Count == 0 && document.Mentions.Count == 0) return;
        var tokens = document.Tokens;
        var finder = new ArgumentFinder(document, _states);
        var features = new List<int>(256);
        float[] probabilities = new float[_model.ClassCount];
        var found = new List<Found>();
        var rules = new List<RuleTriple>();
        var tokenSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var (arguments, jobs) = finder.Find(s);
            if (arguments.Count < 2) continue;
            found.Clear();
            var (cooperation, attack) = SentenceCues(tokenSpan, sentence);
            var cues = (cooperation, attack, OrganizationAdjectives(tokenSpan, arguments));
            AddRoleRules(document, arguments, jobs, found);
            AddArgumentRoleRules(document, sentence, arguments, found, rules);
            var triggers = RelationFeatures.SentenceTriggers(tokenSpan, sentence);
            for (int i = 0; i < arguments.Count; i++)
            {
                var a = arguments[i];
                for (int j = i + 1; j < arguments.Count; j++)
                {
                    var b = arguments[j];
                    if (b.FirstToken - a.EndToken > MaxPairDistance) break;
                    if (b.FirstToken < a.EndToken || SameReferent(a, b)) continue;
                    if (found.Exists(f => f.IsRule && f.Predicate != Predicate.Possesses && f.Covers(a, b))) continue; // a weapon's owner may also use or supply it
                    if (IsProviderOfSoughtWeapon(found, a, b) || IsProviderOfSoughtWeapon(found, b, a)) continue;
                    features.Clear();
                    RelationFeatures.Extract(tokenSpan, sentence, arguments, a, b, _model.HashBits, features, triggers);
                    _model.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), probabilities);
                    if (!_model.MayBeatNone(probabilities)) continue;
                    RelationModel.ToProbabilities(probabilities);
                    Decode(tokenSpan, sentence, arguments, a, b, probabilities, found, cues);
                }
            }
            if (found.Count == 0) continue;
            Emit(document, s, arguments, jobs, found);
        }
    }

    /// <summary>The best allowed class of the pair, if it beats NONE; plus POSSESSES beside USES/SUPPLIES for an adjective on its weapon.</summary>
    private void Decode(
        ReadOnlySpan<Token> tokens, Sentence sentence, List<ArgumentCandidate> arguments, ArgumentCandidate a, ArgumentCandidate b, float[] probabilities, List<Found> found,
        (bool Cooperation, bool Attack, List<ArgumentCandidate> OrganizationAdjectives) cues)
    {
        int best = -1;
        float none = 0;
        for (int c = 0; c < probabilities.Length; c++)
        {
            if (_model.ClassAt(c) is not { } cls)
            {
                none = probabilities[c];
                continue;
            }
            if (best >= 0 && probabilities[c] <= probabilities[best]) continue;
            if (Resolve(cls.Predicate, cls.Reversed ? b : a, cls.Reversed ? a : b) is null) continue;
            if (cls.Predicate == Predicate.Supplies && (cls.Reversed ? b : a).Case == "Dat") continue; // a dative is the recipient
            if (cls.Predicate == Predicate.HoldsRole && (cls.Reversed ? a : b) is { Type: EntityType.Country or EntityType.Location, Preposition: "у" or "в" } or { Preposition: "при" }) continue; // a title's state is never "у X", nor the body "при X"
            if (cls.Predicate == Predicate.HoldsRole && a.Kind == ArgumentKind.Adjective && !RoleNounBetween(tokens, a.EndToken, b.FirstToken)) continue; // "український боксер X" is no title
            if (cls.Predicate == Predicate.CooperatesWith && !cues.Cooperation) continue; // talks, matches and borders are no cooperation
            if (cls.Predicate == Predicate.CooperatesWith && CooperationRules.RulesOut(tokens, sentence, arguments, a, b)) continue; // an enemy, or two recipients of one help
            if (cls.Predicate == Predicate.CooperatesWith && DeliveryOnly(tokens, sentence, found, a, b)) continue;
            if (cls.Predicate is Predicate.Attacks or Predicate.Uses && !cues.Attack) continue; // a match, a border or a trade route is no attack
            if (cls.Predicate is Predicate.Attacks or Predicate.Uses or Predicate.Destroyed && !IsAgent(cls.Reversed ? b : a, cls.Reversed ? a : b, cues.OrganizationAdjectives)) continue;
            if (cls.Predicate == Predicate.HoldsRole && KinshipBefore(tokens, Math.Min(a.FirstToken, b.FirstToken))) continue;
            if (cls.Predicate == Predicate.HoldsRole && (a.IsLeadersGovernment || b.IsLeadersGovernment)) continue; // only apposition ("радник адміністрації X Y") ties a title to a leader's government
            if (cls.Predicate == Predicate.Supplies && ArgumentRoleRules.ReceivesBefore(tokens, cls.Reversed ? b : a, cls.Reversed ? a : b)) continue;
            if (cls.Predicate == Predicate.Supplies && PermissionBetween(tokens, a, b)) continue; // "дозвіл на продаж гаубиць": a permission is no delivery
            if (cls.Predicate is Predicate.Uses or Predicate.Attacks && PermitsAnother(tokens, cls.Reversed ? b : a, cls.Reversed ? a : b)) continue;
            if (cls.Predicate == Predicate.LocatedIn && !PlaceLevels.MayContain(tokens, cls.Reversed ? a : b, cls.Reversed ? b : a)) continue;
            if (cls.Predicate == Predicate.LocatedIn && (cls.Reversed ? a : b).Kind == ArgumentKind.Demonym) continue; // "окупація росіянами X": people contain nothing
            if (cls.Predicate == Predicate.Attacks && OwnsNextWeapon(cls.Reversed ? a : b, arguments)) continue;
            if (cls.Predicate == Predicate.Attacks && CooperationRules.FoughtWith(tokens, sentence, cls.Reversed ? a : b)) continue; // "війна X з Y" has no direction
            best = c;
        }
        if (best < 0 || probabilities[best] <= none * _model.NoneWeight) return;
        var (predicate, reversed) = _model.ClassAt(best)!.Value;
        // symmetric triples keep one direction: the subject is the first in text
        var subject = reversed && !RelationSignatures.IsSymmetric(predicate) ? b : a;
        var @object = subject == a ? b : a;
        found.Add(new Found(predicate, subject, @object, probabilities[best], IsRule: false, Role: null));
        if (predicate is Predicate.Uses or Predicate.Supplies && subject.Kind == ArgumentKind.Adjective && @object.FirstToken == subject.EndToken)
        {
            for (int c = 0; c < probabilities.Length; c++)
            {
                if (_model.ClassAt(c) is { Predicate: Predicate.Possesses, Reversed: var r } && r == reversed && probabilities[c] >= SecondaryPossessesThreshold)
                {
                    found.Add(new Found(Predicate.Possesses, subject, @object, probabilities[c], IsRule: false, Role: null));
                }
            }
        }
    }

    private static readonly HashSet<string> PartnershipNouns = new(StringComparer.Ordinal)
    {
        "допомога", "підтримка", "співпраця", "співробітництво", "угода", "договір", "контракт", "партнерство", "союз", "альянс",
        "меморандум", "програма", "пакет",
    };

    /// <summary>
    /// "Іран надає Росії дрони": a weapon delivery read by the supply rule is SUPPLIES with its recipient; the giver and the
    /// dative recipient cooperate only when the sentence also speaks of help, support or an agreement.
    /// </summary>
    private static bool DeliveryOnly(ReadOnlySpan<Token> tokens, Sentence sentence, List<Found> found, ArgumentCandidate a, ArgumentCandidate b)
    {
        bool delivery = found.Exists(f => f.IsRule && f.Predicate == Predicate.Supplies && ((f.Subject == a && b.Case == "Dat") || (f.Subject == b && a.Case == "Dat")));
        if (!delivery) return false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (PartnershipNouns.Contains(TokenFeatures.LemmaOf(tokens[i]))) return false;
        }
        return true;
    }

    /// <summary>
    /// "Українські захисники знищили російський танк": a nationality adjective on a weapon names the weapon's owner,
    /// never the target of an attack.
    /// </summary>
    private static bool OwnsNextWeapon(ArgumentCandidate target, List<ArgumentCandidate> arguments)
    {
        if (target.Kind != ArgumentKind.Adjective) return false;
        foreach (var a in arguments)
        {
            if (a.Type == EntityType.Weapon && a.FirstToken >= target.EndToken && a.FirstToken <= target.EndToken + 1) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PermissionVerbs = new(StringComparer.Ordinal)
    {
        "дозволити", "дозволяти", "заборонити", "забороняти", "дати", "давати",
    };

    /// <summary>
    /// "США не дозволяють Україні застосовувати ATACMS": the subject of a permission verb lets the dative after it act;
    /// it does not use the weapon or attack itself.
    /// </summary>
    private static bool PermitsAnother(ReadOnlySpan<Token> tokens, ArgumentCandidate subject, ArgumentCandidate @object)
    {
        if (subject.EndToken >= @object.FirstToken) return false;
        bool permission = false;
        for (int i = subject.EndToken; i < @object.FirstToken; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Text is "." or ";") return false;
            if (token.Pos == UniversalPos.VERB && PermissionVerbs.Contains(TokenFeatures.LemmaOf(token))) permission = true;
            else if (permission && token.Pos is UniversalPos.PROPN or UniversalPos.NOUN or UniversalPos.PRON && TokenFeatures.Get(token, "Case") == "Dat") return true;
        }
        return false;
    }

    /// <summary>True when the noun "дозвіл" (a permission, a licence) stands between the two arguments.</summary>
    private static bool PermissionBetween(ReadOnlySpan<Token> tokens, ArgumentCandidate a, ArgumentCandidate b)
    {
        for (int i = a.EndToken; i < b.FirstToken; i++)
        {
            if (tokens[i].Pos == UniversalPos.NOUN && TokenFeatures.LemmaOf(tokens[i]) is "дозвіл" or "ліцензія") return true;
        }
        return false;
    }

    private static readonly HashSet<string> CooperationCues = new(StringComparer.Ordinal)
    {
        "співпраця", "співробітництво", "співпрацювати", "співробітничати", "союз", "союзник", "союзниця", "угода", "партнерство",
        "партнер", "допомога", "підтримка", "підтримувати", "підтримати", "допомагати", "допомогти", "навчання", "альянс",
        "договір", "спільний", "спільно", "разом", "домовитися", "домовлятися", "контракт", "меморандум", "коаліція", "надати",
        "надавати", "передати", "передавати", "постачати", "постачання", "поставка", "гарант", "гарантія", "програма",
        "об'єднаний", "солідарність", "військово-технічний", "кооперація", "відправити", "направити", "участь", "залучати",
        "залучити", "залучення", "розгортання", "розгорнути", "отримати", "отримувати", "грант", "кредит", "фінансування",
    };

    /// <summary>Words of fighting beside the ATTACK, DESTROY and USE trigger classes.</summary>
    private static readonly HashSet<string> AttackCues = new(StringComparer.Ordinal)
    {
        "просунутися", "просуватися", "прорватися", "проривати", "прорвати", "проникнути", "вторгнутися", "вторгатися", "вбити",
        "вбивати", "поранити", "захопити", "захоплювати", "бій", "боротьба", "протистояння", "воювати", "бомбити", "поцілити",
        "влучити", "вистрілити", "стріляти", "обстрілювати", "авіаудар", "ліквідувати", "пошкодити", "зруйнувати", "вражати",
        "наступальний", "загроза", "десант", "штурмовик", "фронт", "покладатися",
    };

    /// <summary>
    /// Whether the sentence speaks of cooperation or of fighting at all: the model's COOPERATES_WITH and ATTACKS need a word
    /// for it (annotation rules: talks are not cooperation; a match or a border is not an attack).
    /// </summary>
    private static (bool Cooperation, bool Attack) SentenceCues(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        bool cooperation = false, attack = false;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            string lemma = TokenFeatures.LemmaOf(tokens[i]);
            cooperation |= CooperationCues.Contains(lemma);
            attack |= AttackCues.Contains(lemma) || TriggerLexicon.ClassOf(lemma) is "ATTACK" or "DESTROY" or "USE";
        }
        return (cooperation, attack);
    }

    /// <summary>"дружина президента США X": a kinship noun up to three words before the pair.</summary>
    private static bool KinshipBefore(ReadOnlySpan<Token> tokens, int first)
    {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (KinshipNouns.Contains(TokenFeatures.LemmaOf(tokens[i]).ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="subject"/> can act on <paramref name="object"/>: an agent is not named with по/на/проти/у/в/до
    /// (that is a target or a place), a nationality adjective on an organization leaves the act to the organization
    /// ("єменські хусити випустили"), and what is used is never the target ("по кораблю USS Mason").
    /// </summary>
    private static bool IsAgent(ArgumentCandidate subject, ArgumentCandidate @object, List<ArgumentCandidate> organizationAdjectives)
    {
        if (subject.Preposition is "по" or "на" or "проти" or "у" or "в" or "до") return false;
        if (subject.Kind == ArgumentKind.Adjective && organizationAdjectives.Contains(subject)) return false;
        if (@object.Type == EntityType.Weapon && @object.Preposition is "по" or "на") return false;
        return true;
    }

    /// <summary>Nationality adjectives on an organization ("єменські хусити", "Турецька компанія Baykar"): the organization is the actor.</summary>
    private static List<ArgumentCandidate> OrganizationAdjectives(ReadOnlySpan<Token> tokens, List<ArgumentCandidate> arguments)
    {
        List<ArgumentCandidate>? found = null;
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            var adjective = arguments[i];
            var next = arguments[i + 1];
            if (adjective.Kind != ArgumentKind.Adjective || next.Type != EntityType.Organization || next.Kind != ArgumentKind.Mention) continue;
            int gap = next.FirstToken - adjective.EndToken;
            bool noun = gap == 1 && tokens[adjective.EndToken].Pos == UniversalPos.NOUN && !char.IsUpper(tokens[adjective.EndToken].Text[0]);
            if (gap == 0 || noun) (found ??= []).Add(adjective);
        }
        return found ?? NoArguments;
    }

    private static readonly List<ArgumentCandidate> NoArguments = [];

    /// <summary>True when [from, to) holds a title noun of the trigger lexicon (президент, міністр …).</summary>
    private static bool RoleNounBetween(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (TriggerLexicon.ClassOf(tokens[i].Lemma) == "ROLE") return true;
        }
        return false;
    }

    /// <summary>
    /// How each argument fills the predicate's slot: its own type when the signature allows it, else (a capital) its
    /// state; null when the signature rules the pair out.
    /// </summary>
    private static (bool SubjectAsState, bool ObjectAsState)? Resolve(Predicate predicate, ArgumentCandidate subject, ArgumentCandidate @object)
    {
        bool? subjectAsState = Fits(predicate, subject, @object.Type, isSubject: true);
        if (subjectAsState is null) return null;
        var subjectType = subjectAsState.Value ? EntityType.Country : subject.Type;
        bool? objectAsState = Fits(predicate, @object, subjectType, isSubject: false);
        return objectAsState is null ? null : (subjectAsState.Value, objectAsState.Value);
    }

    private static bool? Fits(Predicate predicate, ArgumentCandidate argument, EntityType other, bool isSubject)
    {
        // For the subject, check against any object type the predicate could take from `other` later; signatures are
        // products of subject and object sets, so checking the pair with the other's own type is enough.
        bool own = isSubject ? AnyObjectAllows(predicate, argument.Type) : RelationSignatures.Allows(predicate, other, argument.Type);
        if (own) return false;
        if (argument.IsCapital)
        {
            bool state = isSubject ? AnyObjectAllows(predicate, EntityType.Country) : RelationSignatures.Allows(predicate, other, EntityType.Country);
            if (state) return true;
        }
        return null;
    }

    private static bool AnyObjectAllows(Predicate predicate, EntityType subject)
    {
        for (var o = EntityType.Person; o <= EntityType.Weapon; o++)
        {
            if (RelationSignatures.Allows(predicate, subject, o)) return true;
        }
        return false;
    }

    /// <summary>HOLDS_ROLE from apposition: "JOB COUNTRY/ORG PERSON", "nationality-adjective JOB PERSON", "PERSON, JOB COUNTRY/ORG".</summary>
    private static void AddRoleRules(AnalysisDocument document, List<ArgumentCandidate> arguments, List<MentionDraft> jobs, List<Found> found)
    {
        var tokens = document.Tokens;
        // Titles the tagger did not mark as JOB: a run of title words right before "COUNTRY/ORG PERSON".
        for (int i = 0; i < arguments.Count; i++)
        {
            var state = arguments[i];
            if (state.Type is not (EntityType.Country or EntityType.Organization) || state.Kind != ArgumentKind.Mention) continue;
            if (jobs.Exists(j => j.EndToken == state.FirstToken)) continue;
            string? title = TitleBefore(tokens, document.Sentences, state.FirstToken);
            if (title is null || AfterKinship(tokens, state.FirstToken - title.Split(' ').Length)) continue;
            // "Марк Рютте, генсек НАТО": failing a person after the organization, the one before the comma and the title
            var holder = HolderAfter(arguments, i, tokens) is { Type: EntityType.Person, Kind: ArgumentKind.Mention } after ? after
                : PersonBefore(arguments, state.FirstToken - title.Split(' ').Length, tokens);
            if (holder is not null) found.Add(new Found(Predicate.HoldsRole, holder, state, 0.9f, IsRule: true, title));
        }
        foreach (var job in jobs)
        {
            string role = RoleOf(document, job);
            if (Pejoratives.Contains(role)) continue; // "диктатор" labels, it is no office
            for (int i = 0; i < arguments.Count; i++)
            {
                var state = arguments[i];
                if (state.Type is not (EntityType.Country or EntityType.Organization) || state.Kind == ArgumentKind.Pronoun) continue;
                if (state.FirstToken == job.EndToken)
                {
                    if (AfterKinship(tokens, job.FirstToken)) continue;
                    var person = HolderAfter(arguments, i, tokens);
                    if (person is { Type: EntityType.Person, Kind: ArgumentKind.Mention }) found.Add(new Found(Predicate.HoldsRole, person, state, 0.95f, IsRule: true, role));
                    else if (PersonBefore(arguments, job.FirstToken, tokens) is { } before) found.Add(new Found(Predicate.HoldsRole, before, state, 0.95f, IsRule: true, role));
                }
                else if (state.Kind == ArgumentKind.Adjective && state.EndToken == job.FirstToken && RoleNounBetween(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens), job.FirstToken, job.EndToken)
                    && !(state.FirstToken > 0 && TriggerLexicon.ClassOf(document.Tokens[state.FirstToken - 1].Lemma) == "ROLE"))
                {
                    foreach (var person in arguments)
                    {
                        if (person.FirstToken == job.EndToken && person is { Type: EntityType.Person, Kind: ArgumentKind.Mention })
                        {
                            found.Add(new Found(Predicate.HoldsRole, person, state, 0.95f, IsRule: true, role));
                        }
                    }
                }
            }
        }
    }

    /// <summary>SUPPLIES and VISITED read from case and preposition (see <see cref="ArgumentRoleRules"/>).</summary>
    private static void AddArgumentRoleRules(AnalysisDocument document, Sentence sentence, List<ArgumentCandidate> arguments, List<Found> found, List<RuleTriple> rules)
    {
        rules.Clear();
        string? IsoOf(ArgumentCandidate argument) =>
            argument.State?.Iso ?? (argument.EntityIndex >= 0 && argument.EntityIndex < document.Entities.Count ? document.Entities[argument.EntityIndex].Iso : null);
        string? StateOf(ArgumentCandidate person)
        {
            foreach (var f in found)
            {
                if (f.Predicate == Predicate.HoldsRole && f.Subject == person && f.Object.Type == EntityType.Country) return IsoOf(f.Object);
            }
            return null;
        }
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        ArgumentRoleRules.Find(tokens, sentence, arguments, StateOf, IsoOf, rules);
        foreach (var rule in rules)
        {
            if (found.Exists(f => f.Predicate == rule.Predicate && f.Subject == rule.Subject && f.Object == rule.Object)) continue;
            if (rule.Predicate == Predicate.LocatedIn && !PlaceLevels.MayContain(tokens, rule.Object, rule.Subject)) continue;
            if (rule.Predicate == Predicate.CooperatesWith && CooperationRules.RulesOut(tokens, sentence, arguments, rule.Subject, rule.Object)) continue;
            found.Add(new Found(rule.Predicate, rule.Subject, rule.Object, RuleProbability, IsRule: true, Role: null)
            {
                Prospective = rule.Prospective,
                Counterpart = rule.Counterpart,
            });
            // "американської зброї": a nationality adjective on the weapon it supplies or uses also owns it
            if (rule.Predicate is Predicate.Supplies or Predicate.Uses && rule.Subject.Kind == ArgumentKind.Adjective && rule.Object.FirstToken == rule.Subject.EndToken
                && !found.Exists(f => f.Predicate == Predicate.Possesses && f.Subject == rule.Subject && f.Object == rule.Object))
            {
                found.Add(new Found(Predicate.Possesses, rule.Subject, rule.Object, RuleProbability, IsRule: true, Role: null));
            }
        }
    }

    /// <summary>
    /// "Польща замовила у Південної Кореї танки": the state asked ("у X", "від X") for a weapon a rule found sought is its
    /// provider; "у X … танки" would otherwise read as X having them.
    /// </summary>
    private static bool IsProviderOfSoughtWeapon(List<Found> found, ArgumentCandidate provider, ArgumentCandidate weapon) =>
        provider.Preposition is "у" or "в" or "від" && weapon.Type == EntityType.Weapon
        && found.Exists(f => f.IsRule && f.Predicate == Predicate.Seeks && f.Object == weapon && f.Subject != provider);

    /// <summary>Confidence given to a triple read by an argument-role rule.</summary>
    private const float RuleProbability = 0.85f;

    /// <summary>
    /// The argument after the state or organization of a title, past the place of a posting or a body the organization is
    /// attached to ("посол України у Великій Британії Валерій Залужний", "керівник Центру … при РНБО Андрій Коваленко").
    /// </summary>
    private static ArgumentCandidate? HolderAfter(List<ArgumentCandidate> arguments, int i, List<Token> tokens)
    {
        var next = NextAfter(arguments, i, tokens);
        for (int j = i + 1; next is not null && j + 1 < arguments.Count && j <= i + 2; j++)
        {
            bool between = next is { Type: EntityType.Country or EntityType.Location, Preposition: "у" or "в" } or { Type: EntityType.Organization, Preposition: "при" };
            if (!between || arguments[j] != next) break;
            next = NextAfter(arguments, j, tokens);
        }
        return next;
    }

    private static readonly HashSet<string> Pejoratives = new(StringComparer.Ordinal) { "диктатор", "тиран", "узурпатор" };

    private static readonly HashSet<string> KinshipNouns = new(StringComparer.Ordinal)
    {
        "дружина", "чоловік", "син", "донька", "дочка", "мати", "батько", "брат", "сестра", "кохана", "коханий", "наречена",
        "наречений", "онук", "онука", "вдова", "теща", "зять", "невістка", "племінник", "племінниця",
    };

    /// <summary>"Дружина президента США Меланія Трамп": a title after a kinship noun is someone else's, not the named person's.</summary>
    private static bool AfterKinship(List<Token> tokens, int titleStart) =>
        titleStart > 0 && titleStart <= tokens.Count && KinshipNouns.Contains(TokenFeatures.LemmaOf(tokens[titleStart - 1]).ToLowerInvariant());

    /// <summary>The argument right after <c>arguments[i]</c>, skipping quotes only.</summary>
    private static ArgumentCandidate? NextAfter(List<ArgumentCandidate> arguments, int i, List<Token> tokens)
    {
        if (i + 1 >= arguments.Count) return null;
        var next = arguments[i + 1];
        for (int t = arguments[i].EndToken; t < next.FirstToken; t++)
        {
            // "речника Міноборони США генерал-майора Патріка Райдера": a military rank before the name stays with the title
            if (!TokenFeatures.IsQuote(tokens[t]) && !(next.Type == EntityType.Person && MilitaryRanks.Contains(TokenFeatures.LemmaOf(tokens[t])))) return null;
        }
        return next;
    }

    /// <summary>"PERSON, JOB COUNTRY": the person right before a comma that precedes the job.</summary>
    private static ArgumentCandidate? PersonBefore(List<ArgumentCandidate> arguments, int jobStart, List<Token> tokens)
    {
        if (jobStart < 2 || tokens[jobStart - 1].Text != ",") return null;
        foreach (var argument in arguments)
        {
            if (argument.EndToken == jobStart - 1 && argument is { Type: EntityType.Person, Kind: ArgumentKind.Mention }) return argument;
        }
        return null;
    }

    /// <summary>
    /// The title phrase ending right before token <paramref name="end"/>: up to three words going left, the leftmost a
    /// title noun of the trigger lexicon ("міністром оборони" → "міністр оборони"), or null.
    /// </summary>
    internal static string? TitleBefore(List<Token> tokens, List<Sentence> sentences, int end)
    {
        for (int first = end - 1; first >= 0 && first >= end - 3; first--)
        {
            var token = tokens[first];
            if (token.Kind != TokenKind.Word || token.Pos is not (UniversalPos.NOUN or UniversalPos.ADJ)) return null;
            if (token.Pos == UniversalPos.NOUN && TriggerLexicon.ClassOf(token.Lemma) == "ROLE")
            {
                var text = new System.Text.StringBuilder(token.Lemma);
                for (int i = first + 1; i < end; i++) text.Append(' ').Append(tokens[i].Text);
                return text.ToString();
            }
        }
        return null;
    }

    private static string RoleOf(AnalysisDocument document, MentionDraft job)
    {
        string role = job.Lemma ?? job.Span.Substring(document.Text);
        return role.Length > 0 && char.IsUpper(role[0]) && (role.Length == 1 || !char.IsUpper(role[1]))
            ? char.ToLowerInvariant(role[0]) + role[1..]
            : role;
    }

    private static bool SameReferent(ArgumentCandidate a, ArgumentCandidate b) =>
        (a.EntityIndex >= 0 && a.EntityIndex == b.EntityIndex)
        || (a.NewEntityName is not null && string.Equals(a.NewEntityName, b.NewEntityName, StringComparison.OrdinalIgnoreCase)) || (a.State is not null && b.State is not null && a.Kind != ArgumentKind.Mention && b.Kind != ArgumentKind.Mention && a.State == b.State);

    /// <summary>Turns this sentence's decisions into relations: entity ids, modality, source and extra arguments.</summary>
    private void Emit(AnalysisDocument document, int sentenceIndex, List<ArgumentCandidate> arguments, List<MentionDraft> jobs, List<Found> found)
    {
        var sentence = document.Sentences[sentenceIndex];
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        int source = -2;
        var emitted = new HashSet<(int, Predicate, int)>();
        foreach (var f in found)
        {
            var slots = Resolve(f.Predicate, f.Subject, f.Object);
            if (slots is null) continue; // never emit a triple that breaks its signature
            if (SameReferent(f.Subject, f.Object)) continue; // rules may pair two phrases that name one new entity
            if (f.Predicate == Predicate.LocatedIn && PlaceChains.SkipsALevel(arguments, f.Subject, f.Object)) continue;
            // "удар по Куп'янську Харківської області": the region that contains the place struck is not struck itself
            if (f.Predicate == Predicate.Attacks && found.Exists(g => g.Predicate == Predicate.Attacks && g.Subject == f.Subject && PlaceChains.Continues(arguments, g.Object, f.Object))) continue;
            // "За даними Генштабу, Сили оборони збили …": the source of a report is no party to what it reports
            if (AttributionCues.PhraseEnd(tokens, sentence, f.Subject.FirstToken) is >= 0 and var phraseEnd && f.Object.FirstToken > phraseEnd) continue;
            // check both sides first, so a state entity is never added for a triple that is then dropped
            if (!CanResolve(f.Subject, slots.Value.SubjectAsState) || !CanResolve(f.Object, slots.Value.ObjectAsState)) continue;
            int subject = EntityOf(document, f.Subject, slots.Value.SubjectAsState);
            int @object = EntityOf(document, f.Object, slots.Value.ObjectAsState);
            if (subject < 0 || @object < 0 || subject == @object) continue;
            if (!emitted.Add((subject, f.Predicate, @object))) continue;
            if (source == -2) source = AttributionCues.Find(document, sentenceIndex);
            int first = Math.Min(f.Subject.FirstToken, f.Object.FirstToken);
            int end = Math.Max(f.Subject.EndToken, f.Object.EndToken);
            var modality = f.Predicate == Predicate.HoldsRole && (f.IsRule || IsTitleApposition(tokens, f)) ? RoleModality(tokens, sentence, first)
                : f.Predicate == Predicate.Possesses && IsAttributiveOwner(tokens, f) ? Modality.Asserted
                : ModalityCues.Detect(tokens, sentence, first, end, wishIsTheRelation: f.Predicate == Predicate.Seeks);
            if (f.Prospective && modality == Modality.Asserted) modality = Modality.Possible;
            var extra = ExtraArguments(document, f, subject, arguments, found, jobs);
            var draft = new RelationDraft(subject, f.Predicate, @object, modality, Math.Round(f.Probability, 4), sentence.Span)
            {
                SourceEntity = source,
                Anchors = (f.Subject.Span, f.Object.Span),
            };
            draft.Arguments.AddRange(extra);
            document.Relations.Add(draft);
        }
    }

    /// <summary>
    /// A title in apposition states a fact whatever the clause's verb says ("суд розглядає справу лідерки партії X Y"),
    /// unless the title itself speaks of a prospect ("майбутній держсекретар США X").
    /// </summary>
    private static Modality RoleModality(ReadOnlySpan<Token> tokens, Sentence sentence, int first)
    {
        for (int i = first - 1; i >= sentence.FirstToken && first - i <= 4; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) break;
            if (TokenFeatures.LemmaOf(tokens[i]) is "майбутній" or "ймовірний" or "імовірний" or "потенційний" or "можливий" or "кандидат") return Modality.Possible;
        }
        return Modality.Asserted;
    }

    /// <summary>"лідерки партії X Марін Ле Пен": the organization or state comes first and only title words stand between it and the person.</summary>
    private static bool IsTitleApposition(ReadOnlySpan<Token> tokens, Found f)
    {
        var (person, holder) = f.Subject.Type == EntityType.Person ? (f.Subject, f.Object) : (f.Object, f.Subject);
        if (person.Kind != ArgumentKind.Mention || holder.EndToken > person.FirstToken || person.FirstToken - holder.EndToken > 4) return false;
        for (int i = holder.EndToken; i < person.FirstToken; i++)
        {
            if (tokens[i].Pos is UniversalPos.VERB or UniversalPos.AUX || tokens[i].Kind == TokenKind.Punctuation && !TokenFeatures.IsQuote(tokens[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// "російські «Тушки»", "дрони ГУР": an owner written into the weapon's own phrase (a nationality adjective before it,
    /// a genitive right after it) states possession whatever the clause says of the weapon.
    /// </summary>
    private static bool IsAttributiveOwner(ReadOnlySpan<Token> tokens, Found f)
    {
        var (owner, weapon) = (f.Subject, f.Object);
        if (owner.Kind == ArgumentKind.Adjective) return owner.EndToken <= weapon.FirstToken && TokenFeatures.OnlyQuotes(tokens, owner.EndToken, weapon.FirstToken);
        return owner.Kind == ArgumentKind.Mention && owner.FirstToken == weapon.EndToken;
    }


    private List<RelationArgument> ExtraArguments(
        AnalysisDocument document, Found f, int subject, List<ArgumentCandidate> arguments, List<Found> found, List<MentionDraft> jobs)
    {
        var builder = new List<RelationArgument>();
        switch (f.Predicate)
        {
            case Predicate.HoldsRole:
                string? role = f.Role;
                if (role is null)
                {
                    // the title closest before the person, or right after it; else title words before the organisation
                    MentionDraft? best = null;
                    foreach (var job in jobs)
                    {
                        if (job.EndToken <= f.Subject.FirstToken && (best is null || job.EndToken > best.EndToken)) best = job;
                    }
                    best ??= jobs.FirstOrDefault(j => j.FirstToken >= f.Subject.EndToken && j.FirstToken - f.Subject.EndToken <= 1); // "Брінк, посол США"
                    if (best is not null) role = RoleOf(document, best);
                    else role = TitleBefore(document.Tokens, document.Sentences, Math.Min(f.Object.FirstToken, f.Subject.FirstToken));
                }
                if (role is not null) builder.Add(RelationArgument.ForText("role", role));
                break;
            case Predicate.Supplies when f.Counterpart is { } recipient && EntityOf(document, recipient, recipient.IsCapital) is int received and >= 0:
                builder.Add(RelationArgument.ForEntity("recipient", received));
                break;
            case Predicate.Supplies:
                AddFirst(document, builder, "recipient", arguments, f, a => a.Case == "Dat" || a.Preposition is "до" or "для" || IntoState(a) || GenitiveAfterVerb(document.Tokens, a, f.Object),
                    EntityType.Country, EntityType.Organization, EntityType.Person);
                break;
            case Predicate.Seeks:
                AddFirst(document, builder, "provider", arguments, f, a => a.Preposition is "від" or "у" or "в", EntityType.Country, EntityType.Organization, EntityType.Person);
                break;
            case Predicate.Uses:
                var attack = found.FirstOrDefault(x => x.Predicate == Predicate.Attacks && x.Subject == f.Subject);
                if (attack is not null && EntityOf(document, attack.Object, attack.Object.IsCapital && attack.Object.Type != EntityType.Location) is >= 0 and var target) builder.Add(RelationArgument.ForEntity("target", target));
                else AddFirst(document, builder, "target", arguments, f, a => a.Preposition is "по" or "на", EntityType.Location, EntityType.Country, EntityType.Organization);
                break;
            case Predicate.Attacks:
                var use = found.FirstOrDefault(x => x.Predicate == Predicate.Uses && x.Subject == f.Subject);
                if (use is not null && EntityOf(document, use.Object, false) is >= 0 and var weapon) builder.Add(RelationArgument.ForEntity("weapon", weapon));
                else AddFirst(document, builder, "weapon", arguments, f, a => a.Case == "Ins", EntityType.Weapon);
                break;
            case Predicate.CooperatesWith:
                if (DomainOf(document, f) is { } domain) builder.Add(RelationArgument.ForText("domain", domain));
                break;
        }
        return builder;
    }

    private void AddFirst(
        AnalysisDocument document, List<RelationArgument> builder, string key,
        List<ArgumentCandidate> arguments, Found f, Func<ArgumentCandidate, bool> condition, params EntityType[] types)
    {
        foreach (var argument in arguments)
        {
            if (argument == f.Subject || argument == f.Object) continue;
            bool asState = argument.IsCapital && Array.IndexOf(types, EntityType.Location) < 0;
            if (Array.IndexOf(types, asState ? EntityType.Country : argument.Type) < 0 || !condition(argument)) continue;
            int entity = EntityOf(document, argument, asState);
            if (entity < 0) continue;
            builder.Add(RelationArgument.ForEntity(key, entity));
            return;
        }
    }

    /// <summary>
    /// "поставила Латвії бронемашини": the disambiguator often reads a feminine dative as the genitive it looks like; right
    /// after the verb and before the weapon, a bare genitive is the recipient.
    /// </summary>
    private static bool GenitiveAfterVerb(List<Token> tokens, ArgumentCandidate a, ArgumentCandidate weapon) =>
        a.Case is "Gen" or null && a.Preposition is null && a.FirstToken > 0 && a.EndToken <= weapon.FirstToken && tokens[a.FirstToken - 1].Pos == UniversalPos.VERB;

    /// <summary>"відправила в Україну гаубиці": a state the weapons are sent into (в/у with the accusative) receives them.</summary>
    private static bool IntoState(ArgumentCandidate a) =>
        a.Preposition is "в" or "у" && a.Case == "Acc" && (a.Type == EntityType.Country || a.IsCapital);

    private static string? DomainOf(AnalysisDocument document, Found f)
    {
        var sentence = document.Sentences.First(s => s.FirstToken <= f.Subject.FirstToken && f.Subject.FirstToken < s.EndToken);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            string? domain = TokenFeatures.LemmaOf(document.Tokens[i]) switch
            {
                "військовий" or "оборонний" or "військово-технічний" or "зброя" => "military",
                "економічний" or "торговельний" or "економіка" or "торгівля" => "economic",
                "енергетичний" or "енергетика" or "газ" => "energy",
                "безпековий" or "безпека" => "security",
                "технологічний" or "технологія" => "technology",
                "гуманітарний" => "humanitarian",
                "політичний" or "дипломатичний" => "political",
                _ => null,
            };
            if (domain is not null) return domain;
        }
        return null;
    }

    private static bool CanResolve(ArgumentCandidate argument, bool asState) =>
        asState ? argument.State is not null
            : argument.Kind is ArgumentKind.Pronoun ? argument.EntityIndex >= 0 || argument.State is not null
            : argument.Kind is ArgumentKind.Mention ? argument.EntityIndex >= 0 || argument.NewEntityName is not null
            : argument.EntityIndex >= 0 || argument.State is not null;

    /// <summary>The entity an argument stands for (its state when <paramref name="asState"/>), adding a state entity named only by an adjective, demonym or capital.</summary>
    private static int EntityOf(AnalysisDocument document, ArgumentCandidate argument, bool asState)
    {
        if (!asState && argument.Kind is ArgumentKind.Mention && argument.EntityIndex < 0 && argument.NewEntityName is { } name)
        {
            argument.EntityIndex = FindOrAddEntity(document, argument.Type, name);
            return argument.EntityIndex;
        }
        if (!asState && (argument.Kind is ArgumentKind.Mention || (argument.Kind is ArgumentKind.Pronoun && argument.EntityIndex >= 0))) return argument.EntityIndex;
        if (argument.Kind is ArgumentKind.Adjective or ArgumentKind.Demonym && argument.EntityIndex >= 0) return argument.EntityIndex;
        var state = argument.State;
        if (state is null) return asState ? -1 : argument.EntityIndex;
        var entities = document.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type == EntityType.Country && ((state.Iso is not null && e.Iso == state.Iso) || string.Equals(e.Name, state.Name, StringComparison.Ordinal)))
            {
                if (argument.Kind is ArgumentKind.Adjective or ArgumentKind.Demonym) argument.EntityIndex = i;
                return i;
            }
        }
        entities.Add(new EntityDraft(EntityType.Country, state.Name) { English = state.English, KnowledgeBaseId = state.KnowledgeBaseId, Iso = state.Iso });
        if (argument.Kind is ArgumentKind.Adjective or ArgumentKind.Demonym) argument.EntityIndex = entities.Count - 1;
        return entities.Count - 1;
    }

    /// <summary>The document entity of <paramref name="type"/> named <paramref name="name"/>, added (without mentions) when there is none.</summary>
    private static int FindOrAddEntity(AnalysisDocument document, EntityType type, string name)
    {
        var entities = document.Entities;
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == type && string.Equals(entities[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        entities.Add(new EntityDraft(type, name));
        return entities.Count - 1;
    }

    /// <summary>A decision for one pair of one sentence.</summary>
    private sealed record Found(Predicate Predicate, ArgumentCandidate Subject, ArgumentCandidate Object, float Probability, bool IsRule, string? Role)
    {
        /// <summary>A rule read a prospect (accession): ASSERTED becomes POSSIBLE.</summary>
        public bool Prospective { get; init; }

        /// <summary>The recipient a rule read for SUPPLIES, or null.</summary>
        public ArgumentCandidate? Counterpart { get; init; }

        public bool Covers(ArgumentCandidate a, ArgumentCandidate b) => (Subject == a && Object == b) || (Subject == b && Object == a);
    }
}
