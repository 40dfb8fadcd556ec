namespace TodoService.Todos;

public sealed record TodoItem(int Id, string Title, DateOnly? DueDate, bool Done);
