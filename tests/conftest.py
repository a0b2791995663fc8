"""Test configuration shared by every test package."""
