using Extraction.Models;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

public sealed class RelationModelTests
{
    private static RelationModel SmallModel() => new(
        12,
        [RelationModel.NoneLabel, "MET_WITH>", "ATTACKS<"],
        [3, 17, 4000],
        [0.5f, -1f, 2f, 0f, 1.5f, -0.25f, 3f, 0f, -2f],
        [1f, -0.5f, 0.25f],
        noneWeight: 0.6f);

    private static byte[] Bytes(RelationModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Round_trip_keeps_every_prediction()
    {
        var model = SmallModel();
        var loaded = RelationModel.Load("test.bin", new MemoryStream(Bytes(model)));

        loaded.Labels.Should().Equal(model.Labels);
        loaded.NoneWeight.Should().Be(0.6f);
        int[][] inputs = [[], [3], [17, 17, 4000], [5, 3, 9999]];
        foreach (int[] features in inputs)
        {
            var expected = new float[3];
            var actual = new float[3];
            model.Predict(features, expected);
            loaded.Predict(features, actual);
            actual.Should().Equal(expected);
            actual.Sum().Should().BeApproximately(1f, 1e-5f);
        }
    }

    [Fact]
    public void Weights_move_the_prediction()
    {
        var probabilities = new float[3];
        SmallModel().Predict([], probabilities);
        Array.IndexOf(probabilities, probabilities.Max()).Should().Be(0);
        // Bucket 17 adds 1.5 to MET_WITH> per occurrence: -0.5 + 3 beats NONE's 1.
        SmallModel().Predict([17, 17], probabilities);
        Array.IndexOf(probabilities, probabilities.Max()).Should().Be(1);
    }

    [Fact]
    public void A_pair_turned_away_from_its_scores_could_never_beat_none()
    {
        var model = SmallModel();
        var random = new Random(7);
        int[] buckets = [3, 17, 4000, 5, 9999];
        int turnedAway = 0, kept = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            int[] features = [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => buckets[random.Next(buckets.Length)])];
            var scores = new float[3];
            model.Score(features, scores);
            bool may = model.MayBeatNone(scores);
            var probabilities = new float[3];
            model.Predict(features, probabilities);
            bool beats = Math.Max(probabilities[1], probabilities[2]) > probabilities[0] * model.NoneWeight;
            if (beats) may.Should().BeTrue($"features [{string.Join(",", features)}] give a relation");
            if (may) kept++; else turnedAway++;
        }
        turnedAway.Should().BePositive();
        kept.Should().BePositive();
    }

    [Fact]
    public void A_corrupted_model_throws_ModelFormatException()
    {
        byte[] bytes = Bytes(SmallModel());
        bytes[bytes.Length / 2] ^= 0x5A;

        var load = () => RelationModel.Load("corrupt.bin", new MemoryStream(bytes));

        load.Should().Throw<ModelFormatException>().Which.ModelName.Should().Be("corrupt.bin");
    }

    [Fact]
    public void A_truncated_model_throws_ModelFormatException()
    {
        byte[] bytes = Bytes(SmallModel())[..40];

        var load = () => RelationModel.Load("short.bin", new MemoryStream(bytes));

        load.Should().Throw<ModelFormatException>();
    }

    [Fact]
    public void An_unknown_class_label_is_a_format_error_not_a_crash()
    {
        var model = new RelationModel(10, [RelationModel.NoneLabel], [], [], [0f]);
        byte[] bytes = Bytes(model);
        // Rewrite the label "NONE" into "NOPE" and fix the checksum so only the content is wrong.
        int at = System.Text.Encoding.UTF8.GetString(bytes).IndexOf("NONE", StringComparison.Ordinal);
        bytes[at + 2] = (byte)'P';
        bytes[at + 3] = (byte)'E';
        RewriteChecksum(bytes);

        var load = () => RelationModel.Load("labels.bin", new MemoryStream(bytes));

        load.Should().Throw<ModelFormatException>().WithMessage("*NOPE*");
    }

    [Fact]
    public void The_embedded_model_loads_and_knows_the_schema_labels()
    {
        var model = RelationModel.Default;

        model.Should().NotBeNull();
        model!.Labels.Should().Contain(RelationModel.NoneLabel).And.Contain("HOLDS_ROLE>");
        for (int c = 0; c < model.ClassCount; c++)
        {
            if (model.ClassAt(c) is { } cls && RelationSignatures.IsSymmetric(cls.Predicate)) cls.Reversed.Should().BeFalse();
        }
    }

    private static void RewriteChecksum(byte[] bytes)
    {
        // Header: "EXTM", version (4), kind (4 + n), payload length (8); payload; checksum (8).
        int kindLength = BitConverter.ToInt32(bytes, 8);
        int payloadStart = 12 + kindLength + 8;
        ulong checksum = ModelWriter.Checksum(bytes.AsSpan(payloadStart, bytes.Length - 8 - payloadStart));
        BitConverter.GetBytes(checksum).CopyTo(bytes, bytes.Length - 8);
    }
}
