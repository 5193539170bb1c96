namespace Bot.Pictures.Layout;

/// <summary>An axis-aligned rectangle in image pixels, y growing downwards.</summary>
public readonly record struct Box(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;

    public float Height => Bottom - Top;

    public float CenterY => (Top + Bottom) / 2;

    public static Box At(float left, float top, float width, float height) => new(left, top, left + width, top + height);

    /// <summary>True when the two share any area; boxes that only touch do not intersect.</summary>
    public bool Intersects(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public Box Inflate(float by) => new(Left - by, Top - by, Right + by, Bottom + by);
}
