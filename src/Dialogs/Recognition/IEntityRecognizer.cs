namespace ContactHub.Dialogs.Recognition;

/// <summary>Finds one type of entity in a message and adds what it finds; composed by <see cref="BilingualRecognizer"/>.</summary>
public interface IEntityRecognizer
{
    void Collect(in RecognitionInput input, List<RecognizedEntity> found);
}
